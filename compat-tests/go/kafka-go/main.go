// kafka-go driver for the newest github.com/segmentio/kafka-go (0.4.x, Go module pinned in ../go.mod), run
// through the shared skeleton ../gocommon (JSON contract: compat-tests/lib/driver-protocol.ts). The Debian row
// (kafka-go 0.2.1) keeps its own driver, ../../clients/kafka-go/main.go: 0.4's API differs (Writer with Addr,
// Compression and headers, kafka.Client, Reader.SetOffsetAt), so this is not the same program.
// Writer with the Hash balancer (FNV-1a, sarama-compatible; the Writer's default is round-robin, which would
// not place keys), RequiredAcks all, BatchBytes lifted so the broker decides on the oversize record; records
// with an explicit partition through a leader Conn (the Writer ignores Message.Partition); a Reader per
// partition (no group); kafka.Client for CreateTopics and Metadata.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"brook/compat-tests/go/gocommon"
	kafka "github.com/segmentio/kafka-go"
)

type client struct {
	bootstrap string
	admin     *kafka.Client
	writers   map[string]*kafka.Writer
}

func (c *client) Name() string    { return "kafka-go" }
func (c *client) Version() string { return gocommon.ModuleVersion("github.com/segmentio/kafka-go") }

func ctx30() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 30*time.Second)
}

func (c *client) Create(topic string, partitions int32) (string, error) {
	ctx, cancel := ctx30()
	defer cancel()
	resp, err := c.admin.CreateTopics(ctx, &kafka.CreateTopicsRequest{Topics: []kafka.TopicConfig{
		{Topic: topic, NumPartitions: int(partitions), ReplicationFactor: 1}}})
	if err != nil {
		return "", err
	}
	return "", resp.Errors[topic]
}

func (c *client) Partitions(topic string) (int, error) {
	ctx, cancel := ctx30()
	defer cancel()
	resp, err := c.admin.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return 0, err
	}
	for _, t := range resp.Topics {
		if t.Name == topic {
			return len(t.Partitions), t.Error
		}
	}
	return 0, fmt.Errorf("topic %s not in metadata", topic)
}

func codec(name string) (kafka.Compression, error) {
	switch name {
	case "", "none":
		return 0, nil
	case "gzip":
		return kafka.Gzip, nil
	case "snappy":
		return kafka.Snappy, nil
	case "lz4":
		return kafka.Lz4, nil
	case "zstd":
		return kafka.Zstd, nil
	}
	return 0, fmt.Errorf("unknown compression %s", name)
}

func message(r gocommon.RecordIn) kafka.Message {
	m := kafka.Message{Key: gocommon.Unb64(r.Key), Value: gocommon.Unb64(r.Value)}
	for _, h := range r.Headers {
		v := h[1]
		m.Headers = append(m.Headers, kafka.Header{Key: h[0], Value: gocommon.Unb64(&v)})
	}
	if r.Timestamp != nil {
		m.Time = time.UnixMilli(*r.Timestamp)
	}
	return m
}

func (c *client) Produce(topic, compression string, records []gocommon.RecordIn) ([]*gocommon.Placement, error) {
	comp, err := codec(compression)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(records); {
		// Runs of records for one explicit partition go through a leader Conn, the rest through the Writer.
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
			if err := c.writePartition(topic, int(*records[i].Partition), comp, msgs); err != nil {
				return nil, err
			}
		} else {
			key := topic + "/" + compression
			w, ok := c.writers[key]
			if !ok {
				w = &kafka.Writer{Addr: kafka.TCP(c.bootstrap), Topic: topic, Balancer: &kafka.Hash{},
					Compression: comp, RequiredAcks: kafka.RequireAll, BatchTimeout: 10 * time.Millisecond,
					BatchBytes: 16 << 20}
				c.writers[key] = w
			}
			ctx, cancel := ctx30()
			err := w.WriteMessages(ctx, msgs...)
			cancel()
			if err != nil {
				return nil, err
			}
		}
		i = j
	}
	return make([]*gocommon.Placement, len(records)), nil // the Writer does not report offsets
}

func (c *client) writePartition(topic string, partition int, comp kafka.Compression, msgs []kafka.Message) error {
	ctx, cancel := ctx30()
	defer cancel()
	conn, err := kafka.DialLeader(ctx, "tcp", c.bootstrap, topic, partition)
	if err != nil {
		return err
	}
	defer conn.Close()
	conn.SetRequiredAcks(-1)
	conn.SetWriteDeadline(time.Now().Add(15 * time.Second))
	var codec kafka.CompressionCodec
	if comp != 0 {
		codec = comp.Codec()
	}
	_, err = conn.WriteCompressedMessages(codec, msgs...)
	return err
}

type consumer struct {
	cancel  context.CancelFunc
	readers []*kafka.Reader
	out     chan gocommon.RecordOut
}

func (c *client) OpenConsumer(topic string, partitions int32, start gocommon.Start) (gocommon.Consumer, error) {
	ctx, cancel := context.WithCancel(context.Background())
	h := &consumer{cancel: cancel, out: make(chan gocommon.RecordOut, 100000)}
	for p := 0; p < int(partitions); p++ {
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{c.bootstrap}, Topic: topic, Partition: p,
			MinBytes: 1, MaxBytes: 10 << 20, MaxWait: 100 * time.Millisecond})
		h.readers = append(h.readers, r)
		var err error
		switch start.Mode {
		case "earliest":
			err = r.SetOffset(kafka.FirstOffset)
		case "latest":
			err = r.SetOffset(kafka.LastOffset)
		case "offsets":
			err = r.SetOffset(start.Offsets[p])
		case "timestamp":
			err = r.SetOffsetAt(ctx, time.UnixMilli(start.TimestampMs))
		default:
			err = fmt.Errorf("unknown start %q", start.Mode)
		}
		if err != nil {
			h.Close()
			return nil, err
		}
		go func(r *kafka.Reader) {
			for {
				m, err := r.ReadMessage(ctx)
				if err != nil {
					if ctx.Err() == nil {
						log.Printf("read error: %v", err)
					}
					return
				}
				headers := [][2]*string{}
				for _, hd := range m.Headers {
					name := hd.Key
					headers = append(headers, [2]*string{&name, gocommon.B64(hd.Value)})
				}
				h.out <- gocommon.RecordOut{Partition: int32(m.Partition), Offset: m.Offset, Key: gocommon.B64(m.Key),
					Value: gocommon.B64(m.Value), Headers: headers, Timestamp: m.Time.UnixMilli()}
			}
		}(r)
	}
	return h, nil
}

func (h *consumer) Poll(wait time.Duration) ([]gocommon.RecordOut, error) {
	var out []gocommon.RecordOut
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		select {
		case r := <-h.out:
			out = append(out, r)
			if len(h.out) == 0 {
				return out, nil
			}
		case <-timer.C:
			return out, nil
		}
	}
}

func (h *consumer) Close() {
	h.cancel()
	for _, r := range h.readers {
		r.Close()
	}
}

func (c *client) ErrorName(err error) string {
	var kerr kafka.Error
	if errors.As(err, &kerr) {
		return fmt.Sprintf("kafka.Error(%d) %s", int(kerr), kerr.Title())
	}
	var tooLarge kafka.MessageTooLargeError
	if errors.As(err, &tooLarge) {
		return "MessageTooLargeError"
	}
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) {
		for _, e := range werrs {
			if e != nil {
				return c.ErrorName(e)
			}
		}
	}
	return fmt.Sprintf("%T", err)
}

func (c *client) Close() {
	for _, w := range c.writers {
		w.Close()
	}
}

func main() {
	gocommon.Run(func(job gocommon.Job) (gocommon.Client, error) {
		return &client{bootstrap: job.Bootstrap, writers: map[string]*kafka.Writer{},
			admin: &kafka.Client{Addr: kafka.TCP(job.Bootstrap), Timeout: 30 * time.Second}}, nil
	})
}
