// franz-go transaction driver of compat-tests/transactions (its txn-protocol.ts: one JSON job on stdin, one
// result line on stdout). Producers are kgo clients with kgo's defaults (idempotent, acks=all) and, for the
// transactional ones, kgo.TransactionalID; kgo has no initTransactions (it gets its producer id lazily, on the first
// produce), so the `producer` step asks for it with Client.ProducerID: InitProducerId, fencing older producers with
// the same transactional.id, where initTransactions does it elsewhere. Records carry their partition
// (kgo.ManualPartitioner). Sends are ProduceSync; commit/abort are EndTransaction(TryCommit / TryAbort). Readers consume partitions directly
// (kgo.ConsumePartitions from the start, no group) at the step's isolation level.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"brook/compat-tests/go/gocommon"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

// txn-protocol.ts FAILED_JOB_CONSUME_MS: how long consumes wait once an unexpected step failure decided the job
const failedJobConsume = 3 * time.Second

type record struct {
	Partition int32  `json:"partition"`
	Key       string `json:"key"`
	Value     string `json:"value"`
}

type step struct {
	Op              string   `json:"op"`
	Name            string   `json:"name"`
	TransactionalID string   `json:"transactionalId"`
	Idempotent      *bool    `json:"idempotent"`
	Topic           string   `json:"topic"`
	Records         []record `json:"records"`
	Partitions      int32    `json:"partitions"`
	Isolation       string   `json:"isolation"`
	Count           int      `json:"count"`
	GraceMs         int      `json:"graceMs"`
	TimeoutMs       int      `json:"timeoutMs"`
	MayFail         bool     `json:"mayFail"`
}

type consumed struct {
	Partition int32   `json:"partition"`
	Offset    int64   `json:"offset"`
	Key       *string `json:"key"`
	Value     *string `json:"value"`
}

type stepError struct {
	Name    string `json:"name"`
	Message string `json:"message"`
}

type result struct {
	Op       string      `json:"op"`
	Ok       bool        `json:"ok"`
	Error    *stepError  `json:"error,omitempty"`
	Records  *[]consumed `json:"records,omitempty"`
	TimedOut *bool       `json:"timedOut,omitempty"`
}

func errorOf(err error) *stepError {
	var ke *kerr.Error
	if errors.As(err, &ke) {
		return &stepError{Name: ke.Message, Message: err.Error()}
	}
	return &stepError{Name: fmt.Sprintf("%T", err), Message: err.Error()}
}

func str(b []byte) *string {
	if b == nil {
		return nil
	}
	s := string(b)
	return &s
}

type driver struct {
	bootstrap []string
	producers map[string]*kgo.Client
}

func (d *driver) producer(s step) error {
	opts := []kgo.Opt{
		kgo.SeedBrokers(d.bootstrap...),
		kgo.ClientID("brook-compat-franz-go-txn-" + s.Name),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.WithLogger(kgo.BasicLogger(os.Stderr, kgo.LogLevelWarn, nil)),
	}
	if s.TransactionalID != "" {
		opts = append(opts, kgo.TransactionalID(s.TransactionalID))
	} else if s.Idempotent != nil && !*s.Idempotent {
		opts = append(opts, kgo.DisableIdempotentWrite())
	}
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		return err
	}
	d.producers[s.Name] = cl
	// kgo initializes its producer id lazily, on the first produce; ask for it now, as initTransactions does
	// elsewhere: a transactional one then fences older producers with the same transactional.id here.
	if s.TransactionalID != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, _, err := cl.ProducerID(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (d *driver) named(name string) (*kgo.Client, error) {
	cl, ok := d.producers[name]
	if !ok {
		return nil, fmt.Errorf("no producer named %s (its creation failed?)", name)
	}
	return cl, nil
}

func (d *driver) consume(s step, failed bool) ([]consumed, bool, error) {
	offsets := map[int32]kgo.Offset{}
	for p := int32(0); p < s.Partitions; p++ {
		offsets[p] = kgo.NewOffset().AtStart()
	}
	isolation := kgo.ReadUncommitted()
	if s.Isolation == "read_committed" {
		isolation = kgo.ReadCommitted()
	}
	cl, err := kgo.NewClient(
		kgo.SeedBrokers(d.bootstrap...),
		kgo.ClientID("brook-compat-franz-go-txn-reader"),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{s.Topic: offsets}),
		kgo.FetchIsolationLevel(isolation),
		kgo.FetchMaxWait(200*time.Millisecond),
	)
	if err != nil {
		return nil, false, err
	}
	defer cl.Close()
	timeout := time.Duration(s.TimeoutMs) * time.Millisecond
	if failed && timeout > failedJobConsume {
		timeout = failedJobConsume
	}
	deadline := time.Now().Add(timeout)
	records := []consumed{}
	var reached time.Time
	for {
		if len(records) >= s.Count && reached.IsZero() {
			reached = time.Now()
		}
		if !reached.IsZero() && time.Since(reached) >= time.Duration(s.GraceMs)*time.Millisecond {
			return records, false, nil
		}
		if time.Now().After(deadline) {
			return records, reached.IsZero(), nil
		}
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		fetches := cl.PollFetches(ctx)
		cancel()
		fetches.EachRecord(func(r *kgo.Record) {
			records = append(records, consumed{Partition: r.Partition, Offset: r.Offset, Key: str(r.Key), Value: str(r.Value)})
		})
	}
}

func (d *driver) run(s step, failed bool) result {
	res := result{Op: s.Op, Ok: true}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var err error
	switch s.Op {
	case "producer":
		err = d.producer(s)
	case "close":
		if cl, ok := d.producers[s.Name]; ok {
			delete(d.producers, s.Name)
			cl.Close()
		}
	case "consume":
		var records []consumed
		var timedOut bool
		records, timedOut, err = d.consume(s, failed)
		res.Records = &records
		res.TimedOut = &timedOut
	default:
		var cl *kgo.Client
		if cl, err = d.named(s.Name); err != nil {
			break
		}
		switch s.Op {
		case "begin":
			err = cl.BeginTransaction()
		case "send":
			batch := make([]*kgo.Record, 0, len(s.Records))
			for _, r := range s.Records {
				batch = append(batch, &kgo.Record{Topic: s.Topic, Partition: r.Partition, Key: []byte(r.Key), Value: []byte(r.Value)})
			}
			err = cl.ProduceSync(ctx, batch...).FirstErr()
		case "commit", "abort":
			commit := kgo.TryCommit
			if s.Op == "abort" {
				commit = kgo.TryAbort
			}
			// EndTransaction does not flush: what was produced must be acknowledged first (ProduceSync did).
			if err = cl.Flush(ctx); err == nil {
				err = cl.EndTransaction(ctx, commit)
			}
		default:
			err = fmt.Errorf("unknown op %s", s.Op)
		}
	}
	if err != nil {
		res.Ok = false
		res.Error = errorOf(err)
	}
	return res
}

func main() {
	var job struct {
		Bootstrap string `json:"bootstrap"`
		Steps     []step `json:"steps"`
	}
	if err := json.NewDecoder(os.Stdin).Decode(&job); err != nil {
		fmt.Fprintln(os.Stderr, "bad job:", err)
		os.Exit(2)
	}
	d := &driver{bootstrap: strings.Split(job.Bootstrap, ","), producers: map[string]*kgo.Client{}}
	results := []result{}
	failed := false
	for _, s := range job.Steps {
		r := d.run(s, failed)
		if !r.Ok && !s.MayFail {
			failed = true
		}
		results = append(results, r)
	}
	for _, cl := range d.producers {
		cl.Close()
	}
	out, _ := json.Marshal(map[string]any{"client": "franz-go", "version": "franz-go " + gocommon.ModuleVersion("github.com/twmb/franz-go"), "steps": results})
	fmt.Println(string(out))
}
