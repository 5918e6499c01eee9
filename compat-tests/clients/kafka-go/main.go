// kafka-go driver (Debian golang-github-segmentio-kafka-go-dev 0.2.1), built by the compat harness with
// GO111MODULE=off GOPATH=/usr/share/gocode. Reads one job (JSON) on stdin and prints one result line on stdout;
// see compat-tests/lib/driver-protocol.ts. kafka-go 0.2.1 speaks old protocol versions (Produce v2 / Fetch v2
// with magic-1 message sets, Metadata v1, CreateTopics v0): no record headers and no zstd. Its Writer defaults to
// round-robin; this driver configures the Hash balancer (FNV-1a, "compatible with sarama") so keys matter.
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	kafka "github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/gzip"
	"github.com/segmentio/kafka-go/lz4"
	"github.com/segmentio/kafka-go/snappy"
)

type RecordIn struct {
	Key       *string     `json:"key"`
	Value     *string     `json:"value"`
	Headers   [][2]string `json:"headers"`
	Partition *int        `json:"partition"`
	Timestamp *int64      `json:"timestamp"`
}

type RecordOut struct {
	Partition int          `json:"partition"`
	Offset    int64        `json:"offset"`
	Key       *string      `json:"key"`
	Value     *string      `json:"value"`
	Headers   [][2]*string `json:"headers"`
	Timestamp int64        `json:"timestamp"`
}

type Step struct {
	Op          string          `json:"op"`
	Topic       string          `json:"topic"`
	Partitions  int             `json:"partitions"`
	Compression string          `json:"compression"`
	Records     []RecordIn      `json:"records"`
	From        json.RawMessage `json:"from"`
	Count       int             `json:"count"`
	TimeoutMs   int64           `json:"timeoutMs"`
	Probe       *struct {
		Compression string     `json:"compression"`
		Records     []RecordIn `json:"records"`
	} `json:"probe"`
	Ms   int64  `json:"ms"`
	Path string `json:"path"`
}

type Job struct {
	Bootstrap string `json:"bootstrap"`
	Steps     []Step `json:"steps"`
}

type StepResult struct {
	Op       string             `json:"op"`
	Ok       bool               `json:"ok"`
	Error    *map[string]string `json:"error,omitempty"`
	Results  []*map[string]int  `json:"results,omitempty"`
	Records  []RecordOut        `json:"records,omitempty"`
	TimedOut bool               `json:"timedOut,omitempty"`
	Count    int                `json:"count,omitempty"`
	Time     int64              `json:"time,omitempty"`
}

var markerValue = base64.StdEncoding.EncodeToString([]byte("__compat_marker__"))

func b64(b []byte) *string {
	if b == nil {
		return nil
	}
	s := base64.StdEncoding.EncodeToString(b)
	return &s
}

func unb64(s *string) []byte {
	if s == nil {
		return nil
	}
	b, err := base64.StdEncoding.DecodeString(*s)
	if err != nil {
		panic(err)
	}
	return b
}

func codec(name string) (kafka.CompressionCodec, error) {
	switch name {
	case "", "none":
		return nil, nil
	case "gzip":
		return gzip.NewCompressionCodec(), nil
	case "snappy":
		return snappy.NewCompressionCodec(), nil
	case "lz4":
		return lz4.NewCompressionCodec(), nil
	}
	return nil, fmt.Errorf("kafka-go 0.2.1 has no %s codec", name)
}

type driver struct {
	bootstrap string
	writers   map[string]*kafka.Writer
	mark      int64
}

func (d *driver) create(topic string, partitions int) error {
	conn, err := kafka.Dial("tcp", d.bootstrap)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.CreateTopics(kafka.TopicConfig{Topic: topic, NumPartitions: partitions, ReplicationFactor: 1})
}

func (d *driver) partitions(topic string) (int, error) {
	conn, err := kafka.Dial("tcp", d.bootstrap)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	ps, err := conn.ReadPartitions(topic)
	return len(ps), err
}

func message(r RecordIn) kafka.Message {
	m := kafka.Message{Key: unb64(r.Key), Value: unb64(r.Value)}
	if r.Timestamp != nil {
		m.Time = time.Unix(0, *r.Timestamp*int64(time.Millisecond))
	}
	return m
}

func (d *driver) produce(topic, compression string, records []RecordIn) ([]*map[string]int, error) {
	c, err := codec(compression)
	if err != nil {
		return nil, err
	}
	for _, r := range records {
		if len(r.Headers) > 0 {
			return nil, errors.New("kafka-go 0.2.1 cannot send record headers (magic-1 message sets)")
		}
	}
	results := make([]*map[string]int, len(records))
	for i := 0; i < len(records); {
		// Runs of records with an explicit partition go through a partition Conn, the rest through the Writer.
		j := i
		for j < len(records) && (records[j].Partition != nil) == (records[i].Partition != nil) &&
			(records[i].Partition == nil || *records[j].Partition == *records[i].Partition) {
			j++
		}
		msgs := make([]kafka.Message, 0, j-i)
		for _, r := range records[i:j] {
			msgs = append(msgs, message(r))
		}
		if records[i].Partition != nil {
			conn, err := kafka.DialLeader(context.Background(), "tcp", d.bootstrap, topic, *records[i].Partition)
			if err != nil {
				return nil, err
			}
			conn.SetRequiredAcks(-1)
			conn.SetWriteDeadline(time.Now().Add(15 * time.Second))
			if c != nil {
				_, err = conn.WriteCompressedMessages(c, msgs...)
			} else {
				_, err = conn.WriteMessages(msgs...)
			}
			conn.Close()
			if err != nil {
				return nil, err
			}
		} else {
			key := topic + "/" + compression
			w, ok := d.writers[key]
			if !ok {
				w = kafka.NewWriter(kafka.WriterConfig{Brokers: []string{d.bootstrap}, Topic: topic,
					Balancer: &kafka.Hash{}, CompressionCodec: c, RequiredAcks: -1, BatchTimeout: 10 * time.Millisecond,
					MaxAttempts: 10})
				d.writers[key] = w
			}
			if err := w.WriteMessages(context.Background(), msgs...); err != nil {
				return nil, err
			}
		}
		i = j
	}
	return results, nil // kafka-go does not report where records went: placement is checked on consume
}

type consumerHandle struct {
	cancel  context.CancelFunc
	readers []*kafka.Reader
	out     chan RecordOut
}

func (d *driver) openConsumer(topic string, partitions int, from json.RawMessage) (*consumerHandle, error) {
	var mode string
	var spec struct {
		Offsets   []int64          `json:"offsets"`
		Timestamp *json.RawMessage `json:"timestamp"`
	}
	if json.Unmarshal(from, &mode) != nil {
		if err := json.Unmarshal(from, &spec); err != nil {
			return nil, err
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &consumerHandle{cancel: cancel, out: make(chan RecordOut, 100000)}
	for p := 0; p < partitions; p++ {
		var offset int64
		switch {
		case mode == "earliest":
			offset = kafka.FirstOffset
		case mode == "latest":
			offset = kafka.LastOffset
		case spec.Offsets != nil:
			offset = spec.Offsets[p]
		case spec.Timestamp != nil:
			ts := d.mark
			if string(*spec.Timestamp) != `"mark"` {
				if err := json.Unmarshal(*spec.Timestamp, &ts); err != nil {
					h.close()
					return nil, err
				}
			}
			conn, err := kafka.DialLeader(ctx, "tcp", d.bootstrap, topic, p)
			if err != nil {
				h.close()
				return nil, err
			}
			offset, err = conn.ReadOffset(time.Unix(0, ts*int64(time.Millisecond)))
			conn.Close()
			if err != nil {
				h.close()
				return nil, err
			}
		}
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{d.bootstrap}, Topic: topic, Partition: p,
			MinBytes: 1, MaxBytes: 10 << 20, MaxWait: 100 * time.Millisecond})
		if err := r.SetOffset(offset); err != nil {
			h.close()
			return nil, err
		}
		h.readers = append(h.readers, r)
		go func(r *kafka.Reader) {
			for {
				m, err := r.ReadMessage(ctx)
				if err != nil {
					if ctx.Err() == nil {
						log.Printf("read error: %v", err)
					}
					return
				}
				h.out <- RecordOut{Partition: m.Partition, Offset: m.Offset, Key: b64(m.Key), Value: b64(m.Value),
					Headers: [][2]*string{}, Timestamp: m.Time.UnixNano() / int64(time.Millisecond)}
			}
		}(r)
	}
	return h, nil
}

func (h *consumerHandle) poll(wait time.Duration) []RecordOut {
	var out []RecordOut
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		select {
		case r := <-h.out:
			out = append(out, r)
			if len(h.out) == 0 {
				return out
			}
		case <-timer.C:
			return out
		}
	}
}

func (h *consumerHandle) close() {
	h.cancel()
	for _, r := range h.readers {
		r.Close()
	}
}

func (d *driver) consume(s Step) ([]RecordOut, bool, error) {
	h, err := d.openConsumer(s.Topic, s.Partitions, s.From)
	if err != nil {
		return nil, false, err
	}
	defer h.close()
	deadline := time.Now().Add(time.Duration(s.TimeoutMs) * time.Millisecond)
	records := []RecordOut{}
	count := func(marker bool) int {
		n := 0
		for _, r := range records {
			if (r.Value != nil && *r.Value == markerValue) == marker {
				n++
			}
		}
		return n
	}
	if string(s.From) == `"latest"` {
		// A marker to every partition until each came back: the consumer is then positioned everywhere.
		markers := []RecordIn{}
		for p := 0; p < s.Partitions; p++ {
			partition := p
			markers = append(markers, RecordIn{Value: &markerValue, Partition: &partition})
		}
		seen := func() int {
			parts := map[int]bool{}
			for _, r := range records {
				if r.Value != nil && *r.Value == markerValue {
					parts[r.Partition] = true
				}
			}
			return len(parts)
		}
		for seen() < int(s.Partitions) {
			if time.Now().After(deadline) {
				return records, true, nil
			}
			if _, err := d.produce(s.Topic, "none", markers); err != nil {
				return records, false, err
			}
			records = append(records, h.poll(500*time.Millisecond)...)
		}
		if s.Probe != nil {
			if _, err := d.produce(s.Topic, s.Probe.Compression, s.Probe.Records); err != nil {
				return records, false, err
			}
		}
	}
	for count(false) < s.Count {
		if time.Now().After(deadline) {
			return records, true, nil
		}
		records = append(records, h.poll(time.Second)...)
	}
	return records, false, nil
}

func (d *driver) run(s Step) (StepResult, error) {
	r := StepResult{Op: s.Op, Ok: true}
	var err error
	switch s.Op {
	case "create":
		err = d.create(s.Topic, s.Partitions)
	case "partitions":
		r.Count, err = d.partitions(s.Topic)
	case "produce":
		r.Results, err = d.produce(s.Topic, s.Compression, s.Records)
	case "consume":
		r.Records, r.TimedOut, err = d.consume(s)
	case "sleep":
		time.Sleep(time.Duration(s.Ms) * time.Millisecond)
	case "mark":
		d.mark = time.Now().UnixNano() / int64(time.Millisecond)
		r.Time = d.mark
	case "touch":
		err = os.WriteFile(s.Path, nil, 0o644)
	case "waitFor":
		deadline := time.Now().Add(time.Duration(s.TimeoutMs) * time.Millisecond)
		for {
			if _, statErr := os.Stat(s.Path); statErr == nil {
				break
			}
			if time.Now().After(deadline) {
				err = errors.New("timed out waiting for " + s.Path)
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
	default:
		err = errors.New("unknown op " + s.Op)
	}
	return r, err
}

func main() {
	log.SetOutput(os.Stderr)
	var job Job
	if err := json.NewDecoder(os.Stdin).Decode(&job); err != nil {
		log.Fatalf("bad job: %v", err)
	}
	d := &driver{bootstrap: job.Bootstrap, writers: map[string]*kafka.Writer{}}
	results := []StepResult{}
	for _, s := range job.Steps {
		r, err := d.run(s)
		if err != nil {
			name := fmt.Sprintf("%T", err)
			var kerr kafka.Error
			if errors.As(err, &kerr) {
				name = fmt.Sprintf("kafka.Error(%d)", int(kerr))
			}
			r = StepResult{Op: s.Op, Ok: false, Error: &map[string]string{"name": name, "message": err.Error()}}
		}
		results = append(results, r)
	}
	for _, w := range d.writers {
		w.Close()
	}
	out, _ := json.Marshal(map[string]interface{}{"client": "kafka-go", "version": "0.2.1", "steps": results})
	os.Stdout.Write(append(out, '\n'))
}
