// franz-go consume-transform-produce loop (compat-tests/transactions/ctp.test.ts), the same job as the Java
// CtpLoop: kgo.GroupTransactSession (a group consumer at read_committed and a transactional producer whose End
// commits the produced records together with the consumed offsets, or aborts when the group rebalanced meanwhile).
// Each input record becomes one output record "out:<value>" with the same key. Any error ends the process with
// status 1 (the test restarts it, as a supervisor would). Prints "committed <records>" after each commit.
// Arguments: bootstrap, group, transactional.id, input, output, pause in ms inside each transaction.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "ctp loop failed: %s: %v\n", what, err)
	os.Exit(1)
}

func main() {
	bootstrap, group, txnID, input, output := os.Args[1], os.Args[2], os.Args[3], os.Args[4], os.Args[5]
	pauseMs, _ := strconv.Atoi(os.Args[6])
	sess, err := kgo.NewGroupTransactSession(
		kgo.SeedBrokers(strings.Split(bootstrap, ",")...),
		kgo.ClientID("brook-compat-franz-go-ctp"),
		kgo.TransactionalID(txnID),
		kgo.ConsumerGroup(group),
		kgo.ConsumeTopics(input),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.RequireStableFetchOffsets(),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.DefaultProduceTopic(output),
		// A SIGKILLed loop's partitions move to its successor once this session expires (the broker allows 1 s+).
		kgo.SessionTimeout(3*time.Second),
		kgo.HeartbeatInterval(500*time.Millisecond),
		kgo.WithLogger(kgo.BasicLogger(os.Stderr, kgo.LogLevelWarn, nil)),
	)
	if err != nil {
		fail("new session", err)
	}
	defer sess.Close()
	ctx := context.Background()
	committed := 0
	for {
		fetches := sess.PollRecords(ctx, 10)
		if errs := fetches.Errors(); len(errs) > 0 {
			fail("poll", errs[0].Err)
		}
		records := fetches.Records()
		if len(records) == 0 {
			continue
		}
		if err := sess.Begin(); err != nil {
			fail("begin", err)
		}
		for _, r := range records {
			out := &kgo.Record{Key: r.Key, Value: append([]byte("out:"), r.Value...)}
			sess.Produce(ctx, out, func(_ *kgo.Record, err error) {
				if err != nil {
					fmt.Fprintf(os.Stderr, "produce: %v\n", err)
				}
			})
		}
		time.Sleep(time.Duration(pauseMs) * time.Millisecond)
		ok, err := sess.End(ctx, kgo.TryCommit)
		if err != nil {
			fail("end", err)
		}
		if ok {
			committed += len(records)
			fmt.Printf("committed %d\n", committed)
		} else {
			fmt.Fprintln(os.Stderr, "transaction aborted (the group rebalanced): its records are consumed again")
		}
	}
}
