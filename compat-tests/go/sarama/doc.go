//go:build tools

// The newest sarama (github.com/IBM/sarama) runs the same driver source as Debian's sarama 1.22.1:
// ../../clients/sarama/main.go, which imports the path sarama had until 1.41, github.com/Shopify/sarama. The
// harness (lib/clients.ts) builds this package with `go build -overlay`, adding that main.go here with the
// import path rewritten. This file only keeps github.com/IBM/sarama required in go.mod (the "tools" tag is
// never set, so it is never compiled).
package main

import _ "github.com/IBM/sarama"
