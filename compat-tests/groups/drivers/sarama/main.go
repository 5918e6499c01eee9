// sarama (Debian's 1.22.1) consumer-group member for compat-tests/groups (see ../../README.md): joins with
// sarama.NewConsumerGroup, reports its claims (Setup) and their end (Cleanup), the values it processed, marks
// and commits offsets (auto-commit every 500 ms, and on Close), leaves the group on "stop".
// The same source builds the newest sarama as a Go module (compat-tests/go/sarama-group, import path rewritten
// with `go build -overlay`); its job says "version": "default" to keep that sarama's default config.Version.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/Shopify/sarama"
)

type job struct {
	Bootstrap        string `json:"bootstrap"`
	Group            string `json:"group"`
	Topic            string `json:"topic"`
	SessionTimeoutMs int    `json:"sessionTimeoutMs"`
	Version          string `json:"version"`
}

var out sync.Mutex

func emit(event map[string]interface{}) {
	event["t"] = float64(time.Now().UnixNano()) / 1e6
	b, _ := json.Marshal(event)
	out.Lock()
	fmt.Println(string(b))
	out.Unlock()
}

type handler struct{ topic string }

func (h handler) Setup(s sarama.ConsumerGroupSession) error {
	emit(map[string]interface{}{"ev": "assign", "p": s.Claims()[h.topic], "gen": s.GenerationID()})
	return nil
}

func (h handler) Cleanup(s sarama.ConsumerGroupSession) error {
	emit(map[string]interface{}{"ev": "revoke", "p": s.Claims()[h.topic]})
	return nil
}

func (h handler) ConsumeClaim(s sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for msg := range claim.Messages() {
		emit(map[string]interface{}{"ev": "recs", "v": []string{string(msg.Value)}})
		s.MarkMessage(msg, "")
	}
	return nil
}

func main() {
	var j job
	if err := json.Unmarshal([]byte(os.Args[1]), &j); err != nil {
		panic(err)
	}
	config := sarama.NewConfig()
	if j.Version != "default" {
		config.Version = sarama.V2_0_0_0
	}
	config.ClientID = "compat-sarama"
	config.Consumer.Offsets.Initial = sarama.OffsetOldest
	config.Consumer.Offsets.CommitInterval = 500 * time.Millisecond
	config.Consumer.Group.Session.Timeout = time.Duration(j.SessionTimeoutMs) * time.Millisecond
	config.Consumer.Group.Heartbeat.Interval = time.Duration(j.SessionTimeoutMs/6) * time.Millisecond
	config.Consumer.Group.Rebalance.Timeout = 20 * time.Second
	config.Consumer.Return.Errors = false
	group, err := sarama.NewConsumerGroup([]string{j.Bootstrap}, j.Group, config)
	if err != nil {
		emit(map[string]interface{}{"ev": "error", "message": err.Error()})
		os.Exit(1)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			if err := group.Consume(ctx, []string{j.Topic}, handler{j.Topic}); err != nil {
				emit(map[string]interface{}{"ev": "log", "line": err.Error()})
				time.Sleep(200 * time.Millisecond)
			}
		}
	}()
	emit(map[string]interface{}{"ev": "ready"})
	scanner := bufio.NewScanner(os.Stdin)
	for scanner.Scan() {
		if scanner.Text() == "stop" {
			break
		}
	}
	cancel()
	<-done
	group.Close()
	emit(map[string]interface{}{"ev": "closed"})
}
