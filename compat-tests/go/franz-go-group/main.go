// franz-go (kgo) consumer-group member for compat-tests/groups (see ../../groups/README.md): job in argv[1]
// (bootstrap, group, topic, sessionTimeoutMs, and "kip848": true for the KIP-848 consumer protocol), JSON event
// lines on stdout, "stop" on stdin closes gracefully (commit, leave the group).
// Classic protocol with kgo's default balancer, cooperative-sticky (incremental rebalancing). KIP-848: kgo's
// ServerSideBalancer with the sticky balancer (the broker assigns; ConsumerGroupHeartbeat).
// At least once, as the scenario needs: BlockRebalanceOnPoll + AutoCommitMarks, a record is marked for the
// next (auto)commit only after its value was reported, and marked offsets are committed before partitions are
// given up.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

type job struct {
	Bootstrap        string `json:"bootstrap"`
	Group            string `json:"group"`
	Topic            string `json:"topic"`
	SessionTimeoutMs int    `json:"sessionTimeoutMs"`
	Kip848           bool   `json:"kip848"`
}

var out sync.Mutex

func emit(event map[string]interface{}) {
	event["t"] = float64(time.Now().UnixNano()) / 1e6
	b, _ := json.Marshal(event)
	out.Lock()
	fmt.Println(string(b))
	out.Unlock()
}

func main() {
	var j job
	if err := json.Unmarshal([]byte(os.Args[1]), &j); err != nil {
		panic(err)
	}
	partitionsOf := func(m map[string][]int32) []int32 {
		if p := m[j.Topic]; p != nil {
			return p
		}
		return []int32{}
	}
	commit := func(ctx context.Context, cl *kgo.Client) {
		if err := cl.CommitMarkedOffsets(ctx); err != nil {
			emit(map[string]interface{}{"ev": "log", "line": "commit on revoke: " + err.Error()})
		}
	}
	opts := []kgo.Opt{
		kgo.SeedBrokers(j.Bootstrap),
		kgo.ClientID("compat-franz-go"),
		kgo.ConsumerGroup(j.Group),
		kgo.ConsumeTopics(j.Topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.SessionTimeout(time.Duration(j.SessionTimeoutMs) * time.Millisecond),
		kgo.HeartbeatInterval(time.Duration(j.SessionTimeoutMs/6) * time.Millisecond),
		kgo.RebalanceTimeout(20 * time.Second),
		kgo.FetchMaxWait(100 * time.Millisecond),
		kgo.BlockRebalanceOnPoll(),
		kgo.AutoCommitMarks(),
		kgo.AutoCommitInterval(500 * time.Millisecond),
		kgo.OnPartitionsAssigned(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
			emit(map[string]interface{}{"ev": "assign", "p": partitionsOf(m)})
		}),
		kgo.OnPartitionsRevoked(func(ctx context.Context, cl *kgo.Client, m map[string][]int32) {
			commit(ctx, cl)
			emit(map[string]interface{}{"ev": "revoke", "p": partitionsOf(m)})
		}),
		kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
			emit(map[string]interface{}{"ev": "revoke", "p": partitionsOf(m), "lost": true})
		}),
	}
	if j.Kip848 {
		opts = append(opts, kgo.ServerSideBalancer(), kgo.Balancers(kgo.StickyBalancer()))
	}
	if os.Getenv("GROUP_DEBUG") != "" {
		opts = append(opts, kgo.WithLogger(kgo.BasicLogger(os.Stderr, kgo.LogLevelDebug, nil)))
	}
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		emit(map[string]interface{}{"ev": "error", "message": err.Error()})
		os.Exit(1)
	}
	stop := make(chan struct{})
	go func() {
		scanner := bufio.NewScanner(os.Stdin)
		for scanner.Scan() {
			if scanner.Text() == "stop" {
				break
			}
		}
		close(stop)
	}()
	emit(map[string]interface{}{"ev": "ready"})
	for {
		select {
		case <-stop:
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			cl.AllowRebalance()
			if err := cl.CommitMarkedOffsets(ctx); err != nil {
				emit(map[string]interface{}{"ev": "log", "line": "final commit: " + err.Error()})
			}
			cancel()
			cl.Close() // leaves the group
			emit(map[string]interface{}{"ev": "closed"})
			return
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		fetches := cl.PollRecords(ctx, 500)
		cancel()
		fetches.EachError(func(_ string, _ int32, err error) {
			if err != context.DeadlineExceeded {
				emit(map[string]interface{}{"ev": "log", "line": err.Error()})
			}
		})
		records := fetches.Records()
		if len(records) > 0 {
			values := make([]string, len(records))
			for i, r := range records {
				values[i] = string(r.Value)
			}
			emit(map[string]interface{}{"ev": "recs", "v": values})
			cl.MarkCommitRecords(records...)
		}
		cl.AllowRebalance()
	}
}
