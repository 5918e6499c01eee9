// sarama driver (Debian golang-github-shopify-sarama-dev 1.22.1), built by the compat harness with
// GO111MODULE=off GOPATH=/usr/share/gocode. Reads one job (JSON) on stdin and prints one result line on stdout;
// see compat-tests/lib/driver-protocol.ts. The protocol version sarama speaks follows config.Version (it does
// not negotiate): the job's "options.version" picks it (default 2.1.0, the oldest with zstd; "0.8.2" is sarama
// 1.22's own default, which produces magic-0 message sets with Produce v0; "default" keeps the default of the
// sarama it is built with).
// The same source also builds the newest sarama (github.com/IBM/sarama) as a Go module: compat-tests/go/sarama
// (the harness rewrites the import path with `go build -overlay`).
package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"time"

	"github.com/Shopify/sarama"
)

type RecordIn struct {
	Key       *string     `json:"key"`
	Value     *string     `json:"value"`
	Headers   [][2]string `json:"headers"`
	Partition *int32      `json:"partition"`
	Timestamp *int64      `json:"timestamp"`
}

type RecordOut struct {
	Partition int32        `json:"partition"`
	Offset    int64        `json:"offset"`
	Key       *string      `json:"key"`
	Value     *string      `json:"value"`
	Headers   [][2]*string `json:"headers"`
	Timestamp int64        `json:"timestamp"`
}

type Step struct {
	Op         string          `json:"op"`
	Topic      string          `json:"topic"`
	Partitions int32           `json:"partitions"`
	Compressn  string          `json:"compression"`
	Records    []RecordIn      `json:"records"`
	From       json.RawMessage `json:"from"`
	Count      int             `json:"count"`
	TimeoutMs  int64           `json:"timeoutMs"`
	Probe      *struct {
		Compression string     `json:"compression"`
		Records     []RecordIn `json:"records"`
	} `json:"probe"`
	Ms   int64  `json:"ms"`
	Path string `json:"path"`
}

type Job struct {
	Bootstrap string            `json:"bootstrap"`
	Steps     []Step            `json:"steps"`
	Options   map[string]string `json:"options"`
}

type StepResult struct {
	Op       string              `json:"op"`
	Ok       bool                `json:"ok"`
	Error    *map[string]string  `json:"error,omitempty"`
	Results  []*map[string]int64 `json:"results,omitempty"`
	Records  []RecordOut         `json:"records,omitempty"`
	TimedOut bool                `json:"timedOut,omitempty"`
	Count    int                 `json:"count,omitempty"`
	Time     int64               `json:"time,omitempty"`
	Via      string              `json:"via,omitempty"`
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

// explicitPartitioner honours a partition chosen by the job and otherwise uses sarama's default hash partitioner.
type explicitPartitioner struct{ hash sarama.Partitioner }

func (p *explicitPartitioner) Partition(m *sarama.ProducerMessage, n int32) (int32, error) {
	if explicit, ok := m.Metadata.(int32); ok {
		return explicit, nil
	}
	return p.hash.Partition(m, n)
}
func (p *explicitPartitioner) RequiresConsistency() bool { return true }

type driver struct {
	bootstrap string
	version   *sarama.KafkaVersion // nil: the library's default
	client    sarama.Client
	producers map[string]sarama.SyncProducer
	mark      int64
}

func (d *driver) config(compression string) (*sarama.Config, error) {
	c := sarama.NewConfig()
	c.ClientID = "brook-compat-sarama"
	if d.version != nil {
		c.Version = *d.version
	}
	c.Producer.Return.Successes = true
	c.Producer.RequiredAcks = sarama.WaitForAll
	c.Producer.MaxMessageBytes = 10000000
	c.Producer.Retry.Max = 8
	c.Producer.Retry.Backoff = 250 * time.Millisecond
	c.Producer.Partitioner = func(topic string) sarama.Partitioner {
		return &explicitPartitioner{hash: sarama.NewHashPartitioner(topic)}
	}
	c.Metadata.Retry.Max = 8
	c.Metadata.Retry.Backoff = 250 * time.Millisecond
	c.Consumer.MaxWaitTime = 100 * time.Millisecond
	c.Consumer.Fetch.Default = 2 << 20
	switch compression {
	case "", "none":
		c.Producer.Compression = sarama.CompressionNone
	case "gzip":
		c.Producer.Compression = sarama.CompressionGZIP
	case "snappy":
		c.Producer.Compression = sarama.CompressionSnappy
	case "lz4":
		c.Producer.Compression = sarama.CompressionLZ4
	case "zstd":
		c.Producer.Compression = sarama.CompressionZSTD
	default:
		return nil, fmt.Errorf("unknown compression %s", compression)
	}
	return c, c.Validate()
}

func (d *driver) getClient() (sarama.Client, error) {
	if d.client == nil {
		c, err := d.config("none")
		if err != nil {
			return nil, err
		}
		if d.client, err = sarama.NewClient([]string{d.bootstrap}, c); err != nil {
			return nil, err
		}
	}
	return d.client, nil
}

// create uses sarama's ClusterAdmin; it needs config.Version >= 0.10.1 (CreateTopics), so an older configured
// version creates topics with a 1.0.0 admin and says so in "via".
func (d *driver) create(topic string, partitions int32) (string, error) {
	c, err := d.config("none")
	if err != nil {
		return "", err
	}
	via := ""
	if !c.Version.IsAtLeast(sarama.V0_10_1_0) {
		c.Version = sarama.V1_0_0_0
		via = "sarama ClusterAdmin with config.Version 1.0.0"
	}
	admin, err := sarama.NewClusterAdmin([]string{d.bootstrap}, c)
	if err != nil {
		return via, err
	}
	defer admin.Close()
	return via, admin.CreateTopic(topic, &sarama.TopicDetail{NumPartitions: partitions, ReplicationFactor: 1}, false)
}

func (d *driver) partitions(topic string) (int, error) {
	client, err := d.getClient()
	if err != nil {
		return 0, err
	}
	if err := client.RefreshMetadata(topic); err != nil {
		return 0, err
	}
	ps, err := client.Partitions(topic)
	return len(ps), err
}

func (d *driver) produce(topic, compression string, records []RecordIn) ([]*map[string]int64, error) {
	producer, ok := d.producers[compression]
	if !ok {
		c, err := d.config(compression)
		if err != nil {
			return nil, err
		}
		if producer, err = sarama.NewSyncProducer([]string{d.bootstrap}, c); err != nil {
			return nil, err
		}
		d.producers[compression] = producer
	}
	msgs := make([]*sarama.ProducerMessage, len(records))
	for i, r := range records {
		m := &sarama.ProducerMessage{Topic: topic}
		if k := unb64(r.Key); k != nil {
			m.Key = sarama.ByteEncoder(k)
		}
		if v := unb64(r.Value); v != nil {
			m.Value = sarama.ByteEncoder(v)
		}
		for _, h := range r.Headers {
			v := h[1]
			m.Headers = append(m.Headers, sarama.RecordHeader{Key: []byte(h[0]), Value: unb64(&v)})
		}
		if r.Partition != nil {
			m.Metadata = *r.Partition
		}
		if r.Timestamp != nil {
			m.Timestamp = time.Unix(0, *r.Timestamp*int64(time.Millisecond))
		}
		msgs[i] = m
	}
	// One at a time keeps the produce order per partition independent of sarama's batching and retries.
	results := make([]*map[string]int64, len(records))
	for i, m := range msgs {
		if _, _, err := producer.SendMessage(m); err != nil {
			return nil, err
		}
		results[i] = &map[string]int64{"partition": int64(m.Partition), "offset": m.Offset}
	}
	return results, nil
}

type consumerHandle struct {
	consumer sarama.Consumer
	pcs      []sarama.PartitionConsumer
	out      chan RecordOut
	errs     chan error
}

func (d *driver) openConsumer(topic string, partitions int32, from json.RawMessage) (*consumerHandle, error) {
	client, err := d.getClient()
	if err != nil {
		return nil, err
	}
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
	offsets := make([]int64, partitions)
	for p := int32(0); p < partitions; p++ {
		switch {
		case mode == "earliest":
			offsets[p] = sarama.OffsetOldest
		case mode == "latest":
			offsets[p] = sarama.OffsetNewest
		case spec.Offsets != nil:
			offsets[p] = spec.Offsets[p]
		case spec.Timestamp != nil:
			ts := d.mark
			if string(*spec.Timestamp) != `"mark"` {
				if err := json.Unmarshal(*spec.Timestamp, &ts); err != nil {
					return nil, err
				}
			}
			if offsets[p], err = client.GetOffset(topic, p, ts); err != nil {
				return nil, err
			}
			if offsets[p] == -1 { // no record at or after ts: start at the end
				offsets[p] = sarama.OffsetNewest
			}
		}
	}
	consumer, err := sarama.NewConsumerFromClient(client)
	if err != nil {
		return nil, err
	}
	h := &consumerHandle{consumer: consumer, out: make(chan RecordOut, 100000), errs: make(chan error, 100)}
	for p := int32(0); p < partitions; p++ {
		pc, err := consumer.ConsumePartition(topic, p, offsets[p])
		if err != nil {
			h.close()
			return nil, err
		}
		h.pcs = append(h.pcs, pc)
		go func(pc sarama.PartitionConsumer) {
			for m := range pc.Messages() {
				headers := [][2]*string{}
				for _, hd := range m.Headers {
					k := string(hd.Key)
					headers = append(headers, [2]*string{&k, b64(hd.Value)})
				}
				h.out <- RecordOut{Partition: m.Partition, Offset: m.Offset, Key: b64(m.Key), Value: b64(m.Value),
					Headers: headers, Timestamp: m.Timestamp.UnixNano() / int64(time.Millisecond)}
			}
		}(pc)
		go func(pc sarama.PartitionConsumer) {
			for e := range pc.Errors() {
				h.errs <- e
			}
		}(pc)
	}
	return h, nil
}

func (h *consumerHandle) poll(wait time.Duration) ([]RecordOut, error) {
	var out []RecordOut
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		select {
		case r := <-h.out:
			out = append(out, r)
			if len(h.out) == 0 {
				return out, nil
			}
		case err := <-h.errs:
			log.Printf("consumer error: %v", err)
		case <-timer.C:
			return out, nil
		}
	}
}

func (h *consumerHandle) close() {
	for _, pc := range h.pcs {
		pc.AsyncClose()
	}
	h.consumer.Close()
}

func (d *driver) consume(s Step) ([]RecordOut, bool, error) {
	h, err := d.openConsumer(s.Topic, s.Partitions, s.From)
	if err != nil {
		return nil, false, err
	}
	defer h.close()
	deadline := time.Now().Add(time.Duration(s.TimeoutMs) * time.Millisecond)
	var records []RecordOut
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
		for p := int32(0); p < int32(s.Partitions); p++ {
			partition := p
			markers = append(markers, RecordIn{Value: &markerValue, Partition: &partition})
		}
		seen := func() int {
			parts := map[int32]bool{}
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
			got, _ := h.poll(500 * time.Millisecond)
			records = append(records, got...)
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
		got, _ := h.poll(time.Second)
		records = append(records, got...)
	}
	return records, false, nil
}

func (d *driver) run(s Step) (StepResult, error) {
	r := StepResult{Op: s.Op, Ok: true}
	var err error
	switch s.Op {
	case "create":
		r.Via, err = d.create(s.Topic, s.Partitions)
	case "partitions":
		r.Count, err = d.partitions(s.Topic)
	case "produce":
		r.Results, err = d.produce(s.Topic, s.Compressn, s.Records)
	case "consume":
		r.Records, r.TimedOut, err = d.consume(s)
		if r.Records == nil {
			r.Records = []RecordOut{}
		}
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

func errorName(err error) string {
	var kerr sarama.KError
	if errors.As(err, &kerr) {
		return fmt.Sprintf("KError(%d)", int16(kerr))
	}
	if perrs, ok := err.(sarama.ProducerErrors); ok && len(perrs) > 0 {
		return errorName(perrs[0].Err)
	}
	if perr, ok := err.(*sarama.ProducerError); ok {
		return errorName(perr.Err)
	}
	return fmt.Sprintf("%T", err)
}

// libraryVersion: the module build records sarama's version; Debian's GOPATH build has none (1.22.1).
func libraryVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/IBM/sarama" {
				return dep.Version
			}
		}
	}
	return "1.22.1"
}

func main() {
	log.SetOutput(os.Stderr)
	sarama.Logger = log.New(os.Stderr, "[sarama] ", log.LstdFlags)
	var job Job
	if err := json.NewDecoder(os.Stdin).Decode(&job); err != nil {
		log.Fatalf("bad job: %v", err)
	}
	versionName := job.Options["version"]
	if versionName == "" {
		versionName = "2.1.0"
	}
	d := &driver{bootstrap: job.Bootstrap, producers: map[string]sarama.SyncProducer{}}
	if versionName == "default" {
		versionName = "default " + sarama.NewConfig().Version.String()
	} else {
		version, err := sarama.ParseKafkaVersion(versionName)
		if err != nil {
			log.Fatalf("bad version: %v", err)
		}
		d.version = &version
	}
	results := []StepResult{}
	for _, s := range job.Steps {
		r, err := d.run(s)
		if err != nil {
			r = StepResult{Op: s.Op, Ok: false, Error: &map[string]string{"name": errorName(err), "message": err.Error()}}
		}
		results = append(results, r)
	}
	for _, p := range d.producers {
		p.Close()
	}
	if d.client != nil {
		d.client.Close()
	}
	out, _ := json.Marshal(map[string]interface{}{"client": "sarama", "version": libraryVersion() + " (config.Version " + versionName + ")", "steps": results})
	os.Stdout.Write(append(out, '\n'))
}
