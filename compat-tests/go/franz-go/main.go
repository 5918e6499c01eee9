// franz-go driver (github.com/twmb/franz-go kgo + kadm, Go module pinned in compat-tests/go.mod), run through
// the shared skeleton ../gocommon (JSON contract: compat-tests/lib/driver-protocol.ts). The producer keeps
// kgo's defaults (idempotent, acks=all, UniformBytesPartitioner: murmur2 for keys like the Java client) except
// for the batch size limit, lifted so the broker decides on the oversize record; records with an explicit
// partition go through a second client with kgo.ManualPartitioner (one produce step holds only one kind).
// Consumers are direct (kgo.ConsumePartitions, no group); time lookups use Offset.AfterMilli.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"brook/compat-tests/go/gocommon"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

type client struct {
	bootstrap string
	admin     *kadm.Client
	adminCl   *kgo.Client
	producers map[string]*kgo.Client
}

func (c *client) Name() string { return "franz-go" }
func (c *client) Version() string {
	return fmt.Sprintf("franz-go %s, kadm %s", gocommon.ModuleVersion("github.com/twmb/franz-go"),
		gocommon.ModuleVersion("github.com/twmb/franz-go/pkg/kadm"))
}

func (c *client) base() []kgo.Opt {
	opts := []kgo.Opt{kgo.SeedBrokers(c.bootstrap), kgo.ClientID("brook-compat-franz-go")}
	if os.Getenv("FRANZ_DEBUG") != "" {
		opts = append(opts, kgo.WithLogger(kgo.BasicLogger(os.Stderr, kgo.LogLevelDebug, nil)))
	} else {
		opts = append(opts, kgo.WithLogger(kgo.BasicLogger(os.Stderr, kgo.LogLevelWarn, nil)))
	}
	return opts
}

func (c *client) adminClient() (*kadm.Client, error) {
	if c.admin == nil {
		cl, err := kgo.NewClient(c.base()...)
		if err != nil {
			return nil, err
		}
		c.adminCl, c.admin = cl, kadm.NewClient(cl)
	}
	return c.admin, nil
}

func ctx30() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 30*time.Second)
}

func (c *client) Create(topic string, partitions int32) (string, error) {
	admin, err := c.adminClient()
	if err != nil {
		return "", err
	}
	ctx, cancel := ctx30()
	defer cancel()
	resp, err := admin.CreateTopic(ctx, partitions, 1, nil, topic)
	if err != nil {
		return "", err
	}
	return "", resp.Err
}

func (c *client) Partitions(topic string) (int, error) {
	admin, err := c.adminClient()
	if err != nil {
		return 0, err
	}
	ctx, cancel := ctx30()
	defer cancel()
	topics, err := admin.ListTopics(ctx, topic)
	if err != nil {
		return 0, err
	}
	detail, ok := topics[topic]
	if !ok {
		return 0, fmt.Errorf("topic %s not in metadata", topic)
	}
	if detail.Err != nil {
		return 0, detail.Err
	}
	return len(detail.Partitions), nil
}

func codec(name string) (kgo.CompressionCodec, error) {
	switch name {
	case "", "none":
		return kgo.NoCompression(), nil
	case "gzip":
		return kgo.GzipCompression(), nil
	case "snappy":
		return kgo.SnappyCompression(), nil
	case "lz4":
		return kgo.Lz4Compression(), nil
	case "zstd":
		return kgo.ZstdCompression(), nil
	}
	return kgo.CompressionCodec{}, fmt.Errorf("unknown compression %s", name)
}

func (c *client) producer(compression string, manual bool) (*kgo.Client, error) {
	key := fmt.Sprintf("%s/%v", compression, manual)
	if p, ok := c.producers[key]; ok {
		return p, nil
	}
	cc, err := codec(compression)
	if err != nil {
		return nil, err
	}
	opts := append(c.base(), kgo.ProducerBatchCompression(cc), kgo.ProducerBatchMaxBytes(16<<20))
	if manual {
		opts = append(opts, kgo.RecordPartitioner(kgo.ManualPartitioner()))
	}
	p, err := kgo.NewClient(opts...)
	if err != nil {
		return nil, err
	}
	c.producers[key] = p
	return p, nil
}

func (c *client) Produce(topic, compression string, records []gocommon.RecordIn) ([]*gocommon.Placement, error) {
	results := make([]*gocommon.Placement, 0, len(records))
	for i := 0; i < len(records); {
		// A run of records that all have, or all lack, an explicit partition goes through one producer.
		manual := records[i].Partition != nil
		j := i
		for j < len(records) && (records[j].Partition != nil) == manual {
			j++
		}
		p, err := c.producer(compression, manual)
		if err != nil {
			return nil, err
		}
		batch := make([]*kgo.Record, 0, j-i)
		for _, r := range records[i:j] {
			rec := &kgo.Record{Topic: topic, Key: gocommon.Unb64(r.Key), Value: gocommon.Unb64(r.Value)}
			for _, h := range r.Headers {
				v := h[1]
				rec.Headers = append(rec.Headers, kgo.RecordHeader{Key: h[0], Value: gocommon.Unb64(&v)})
			}
			if manual {
				rec.Partition = *r.Partition
			}
			if r.Timestamp != nil {
				rec.Timestamp = time.UnixMilli(*r.Timestamp)
			}
			batch = append(batch, rec)
		}
		ctx, cancel := ctx30()
		err = p.ProduceSync(ctx, batch...).FirstErr()
		cancel()
		if err != nil {
			return nil, err
		}
		for _, rec := range batch {
			results = append(results, &gocommon.Placement{Partition: rec.Partition, Offset: rec.Offset})
		}
		i = j
	}
	return results, nil
}

type consumer struct{ cl *kgo.Client }

func (c *client) OpenConsumer(topic string, partitions int32, start gocommon.Start) (gocommon.Consumer, error) {
	offsets := map[int32]kgo.Offset{}
	for p := int32(0); p < partitions; p++ {
		switch start.Mode {
		case "earliest":
			offsets[p] = kgo.NewOffset().AtStart()
		case "latest":
			offsets[p] = kgo.NewOffset().AtEnd()
		case "offsets":
			offsets[p] = kgo.NewOffset().At(start.Offsets[p])
		case "timestamp":
			offsets[p] = kgo.NewOffset().AfterMilli(start.TimestampMs)
		default:
			return nil, fmt.Errorf("unknown start %q", start.Mode)
		}
	}
	opts := append(c.base(), kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: offsets}),
		kgo.FetchMaxWait(100*time.Millisecond))
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		return nil, err
	}
	return &consumer{cl: cl}, nil
}

func (k *consumer) Poll(wait time.Duration) ([]gocommon.RecordOut, error) {
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	fetches := k.cl.PollFetches(ctx)
	var errs []error
	fetches.EachError(func(_ string, _ int32, err error) {
		if !errors.Is(err, context.DeadlineExceeded) {
			errs = append(errs, err)
		}
	})
	out := []gocommon.RecordOut{}
	fetches.EachRecord(func(r *kgo.Record) {
		headers := [][2]*string{}
		for _, h := range r.Headers {
			name := h.Key
			headers = append(headers, [2]*string{&name, gocommon.B64(h.Value)})
		}
		out = append(out, gocommon.RecordOut{Partition: r.Partition, Offset: r.Offset, Key: gocommon.B64(r.Key),
			Value: gocommon.B64(r.Value), Headers: headers, Timestamp: r.Timestamp.UnixMilli()})
	})
	return out, errors.Join(errs...)
}

func (k *consumer) Close() { k.cl.Close() }

func (c *client) ErrorName(err error) string {
	var ke *kerr.Error
	if errors.As(err, &ke) {
		return fmt.Sprintf("%s (code=%d)", ke.Message, ke.Code)
	}
	return fmt.Sprintf("%T", err)
}

func (c *client) Close() {
	for _, p := range c.producers {
		p.Close()
	}
	if c.adminCl != nil {
		c.adminCl.Close()
	}
}

func main() {
	gocommon.Run(func(job gocommon.Job) (gocommon.Client, error) {
		return &client{bootstrap: job.Bootstrap, producers: map[string]*kgo.Client{}}, nil
	})
}
