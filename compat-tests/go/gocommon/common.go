// Package gocommon is the shared skeleton of the Go drivers built as Go modules (compat-tests/go.mod): the
// JSON contract of compat-tests/lib/driver-protocol.ts (one job on stdin, one result line on stdout), the step
// loop and the "latest" consume with markers, so a driver only adapts its client library (the Client and
// Consumer interfaces), as compat-tests/clients/python/common.py does for the Python drivers. The Debian
// drivers (../sarama, ../kafka-go) build in GOPATH mode and cannot import it; they keep their own copy.
package gocommon

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"time"
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

// Placement is where a produced record went (nil when the client does not report it).
type Placement struct {
	Partition int32 `json:"partition"`
	Offset    int64 `json:"offset"`
}

type Step struct {
	Op          string          `json:"op"`
	Topic       string          `json:"topic"`
	Partitions  int32           `json:"partitions"`
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
	Bootstrap string            `json:"bootstrap"`
	Steps     []Step            `json:"steps"`
	Options   map[string]string `json:"options"`
}

type StepError struct {
	Name    string `json:"name"`
	Message string `json:"message"`
}

type StepResult struct {
	Op       string       `json:"op"`
	Ok       bool         `json:"ok"`
	Error    *StepError   `json:"error,omitempty"`
	Results  []*Placement `json:"results,omitempty"`
	Records  []RecordOut  `json:"records,omitempty"`
	TimedOut bool         `json:"timedOut,omitempty"`
	Count    int          `json:"count,omitempty"`
	Time     int64        `json:"time,omitempty"`
	Via      string       `json:"via,omitempty"`
}

// Start is where a consumer begins on every partition.
type Start struct {
	Mode        string  // "earliest", "latest", "offsets" or "timestamp"
	Offsets     []int64 // Mode "offsets": one per partition
	TimestampMs int64   // Mode "timestamp"
}

// Consumer reads the partitions it was opened on (no group).
type Consumer interface {
	// Poll returns what arrived within wait (possibly nothing).
	Poll(wait time.Duration) ([]RecordOut, error)
	Close()
}

// Client adapts one client library.
type Client interface {
	Name() string
	Version() string
	// Create creates a topic; "via" names another client that did it when this one cannot.
	Create(topic string, partitions int32) (via string, err error)
	Partitions(topic string) (int, error)
	Produce(topic, compression string, records []RecordIn) ([]*Placement, error)
	OpenConsumer(topic string, partitions int32, start Start) (Consumer, error)
	// ErrorName names an error the way the checks recognise it (e.g. the Kafka error code's name).
	ErrorName(err error) string
	Close()
}

var MarkerValue = base64.StdEncoding.EncodeToString([]byte("__compat_marker__"))

func B64(b []byte) *string {
	if b == nil {
		return nil
	}
	s := base64.StdEncoding.EncodeToString(b)
	return &s
}

func Unb64(s *string) []byte {
	if s == nil {
		return nil
	}
	b, err := base64.StdEncoding.DecodeString(*s)
	if err != nil {
		panic(err)
	}
	return b
}

func Millis(t time.Time) int64 { return t.UnixNano() / int64(time.Millisecond) }

type runner struct {
	client Client
	mark   int64
}

func (r *runner) start(from json.RawMessage) (Start, error) {
	var mode string
	if json.Unmarshal(from, &mode) == nil {
		return Start{Mode: mode}, nil
	}
	var spec struct {
		Offsets   []int64          `json:"offsets"`
		Timestamp *json.RawMessage `json:"timestamp"`
	}
	if err := json.Unmarshal(from, &spec); err != nil {
		return Start{}, err
	}
	if spec.Offsets != nil {
		return Start{Mode: "offsets", Offsets: spec.Offsets}, nil
	}
	if spec.Timestamp == nil {
		return Start{}, fmt.Errorf("unknown start %s", string(from))
	}
	ts := r.mark
	if string(*spec.Timestamp) != `"mark"` {
		if err := json.Unmarshal(*spec.Timestamp, &ts); err != nil {
			return Start{}, err
		}
	}
	return Start{Mode: "timestamp", TimestampMs: ts}, nil
}

func isMarker(r RecordOut) bool { return r.Value != nil && *r.Value == MarkerValue }

func (r *runner) consume(s Step) ([]RecordOut, bool, error) {
	start, err := r.start(s.From)
	if err != nil {
		return nil, false, err
	}
	consumer, err := r.client.OpenConsumer(s.Topic, s.Partitions, start)
	if err != nil {
		return nil, false, err
	}
	defer consumer.Close()
	deadline := time.Now().Add(time.Duration(s.TimeoutMs) * time.Millisecond)
	records := []RecordOut{}
	poll := func(wait time.Duration) {
		got, err := consumer.Poll(wait)
		if err != nil {
			log.Printf("consumer error: %v", err)
		}
		records = append(records, got...)
	}
	if start.Mode == "latest" {
		// A marker to every partition until each came back: the consumer is then positioned everywhere.
		markers := []RecordIn{}
		for p := int32(0); p < s.Partitions; p++ {
			partition := p
			markers = append(markers, RecordIn{Value: &MarkerValue, Partition: &partition})
		}
		seen := func() int {
			parts := map[int32]bool{}
			for _, rec := range records {
				if isMarker(rec) {
					parts[rec.Partition] = true
				}
			}
			return len(parts)
		}
		for seen() < int(s.Partitions) {
			if time.Now().After(deadline) {
				return records, true, nil
			}
			if _, err := r.client.Produce(s.Topic, "none", markers); err != nil {
				return records, false, err
			}
			poll(500 * time.Millisecond)
		}
		if s.Probe != nil {
			if _, err := r.client.Produce(s.Topic, s.Probe.Compression, s.Probe.Records); err != nil {
				return records, false, err
			}
		}
	}
	for {
		n := 0
		for _, rec := range records {
			if !isMarker(rec) {
				n++
			}
		}
		if n >= s.Count {
			return records, false, nil
		}
		if time.Now().After(deadline) {
			return records, true, nil
		}
		poll(time.Second)
	}
}

func (r *runner) run(s Step) (StepResult, error) {
	res := StepResult{Op: s.Op, Ok: true}
	var err error
	switch s.Op {
	case "create":
		res.Via, err = r.client.Create(s.Topic, s.Partitions)
	case "partitions":
		res.Count, err = r.client.Partitions(s.Topic)
	case "produce":
		res.Results, err = r.client.Produce(s.Topic, s.Compression, s.Records)
	case "consume":
		res.Records, res.TimedOut, err = r.consume(s)
		if res.Records == nil {
			res.Records = []RecordOut{}
		}
	case "sleep":
		time.Sleep(time.Duration(s.Ms) * time.Millisecond)
	case "mark":
		r.mark = Millis(time.Now())
		res.Time = r.mark
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
	return res, err
}

// Run reads the job from stdin, runs its steps with the client that newClient makes, prints the result line.
func Run(newClient func(job Job) (Client, error)) {
	log.SetOutput(os.Stderr)
	var job Job
	if err := json.NewDecoder(os.Stdin).Decode(&job); err != nil {
		log.Fatalf("bad job: %v", err)
	}
	client, err := newClient(job)
	if err != nil {
		log.Fatalf("cannot create the client: %v", err)
	}
	r := &runner{client: client}
	results := []StepResult{}
	for _, s := range job.Steps {
		res, err := r.run(s)
		if err != nil {
			log.Printf("step %s failed: %v", s.Op, err)
			res = StepResult{Op: s.Op, Ok: false, Error: &StepError{Name: client.ErrorName(err), Message: err.Error()}}
		}
		results = append(results, res)
	}
	client.Close()
	out, _ := json.Marshal(map[string]interface{}{"client": client.Name(), "version": client.Version(), "steps": results})
	os.Stdout.Write(append(out, '\n'))
}

// ModuleVersion is the version of a dependency as the Go module build recorded it (go.mod's replacement
// included), "unknown" in a GOPATH build.
func ModuleVersion(path string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	for _, dep := range info.Deps {
		if dep.Path == path {
			if dep.Replace != nil {
				return dep.Replace.Path + " " + dep.Replace.Version
			}
			return dep.Version
		}
	}
	return "unknown"
}
