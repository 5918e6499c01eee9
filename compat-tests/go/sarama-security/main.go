// The security matrix driver of sarama (github.com/IBM/sarama, Go module): compat-tests/security/matrix/plan.ts
// describes the job (stdin: {"checks": [...]}); every check runs at once in its own goroutine with its own
// clients, and one JSON line answers (stdout: {"version", "results"}). TLS through Net.TLS (a crypto/tls config),
// SASL PLAIN, SCRAM through Net.SASL.SCRAMClientGeneratorFunc with github.com/xdg-go/scram (sarama ships no
// SCRAM client: this is the generator its own examples use), OAUTHBEARER through Net.SASL.TokenProvider handing
// over an unsecured JWT (sarama makes no token itself). Retries off, so a refusal surfaces at once.
package main

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/IBM/sarama"
	"github.com/xdg-go/scram"
)

type conn struct {
	Bootstrap string `json:"bootstrap"`
	Protocol  string `json:"protocol"`
	CA        string `json:"ca"`
	Cert      string `json:"cert"`
	Key       string `json:"key"`
	Mechanism string `json:"mechanism"`
	User      string `json:"user"`
	Password  string `json:"password"`
}

type check struct {
	Mode   string `json:"mode"`
	Action string `json:"action"`
	Conn   conn   `json:"conn"`
	Topic  string `json:"topic"`
	Group  string `json:"group"`
	Value  string `json:"value"`
}

type result struct {
	Mode   string   `json:"mode"`
	Value  *string  `json:"value,omitempty"`
	Topics []string `json:"topics,omitempty"`
	Error  *string  `json:"error,omitempty"`
}

const deadline = 30 * time.Second

// scramClient adapts xdg-go/scram's conversation to sarama.SCRAMClient.
type scramClient struct {
	hash scram.HashGeneratorFcn
	conv *scram.ClientConversation
}

func (s *scramClient) Begin(user, password, authzID string) error {
	client, err := s.hash.NewClient(user, password, authzID)
	if err != nil {
		return err
	}
	s.conv = client.NewConversation()
	return nil
}
func (s *scramClient) Step(challenge string) (string, error) { return s.conv.Step(challenge) }
func (s *scramClient) Done() bool                            { return s.conv.Done() }

type unsecuredJwt struct{ sub string }

func (u unsecuredJwt) Token() (*sarama.AccessToken, error) {
	b64 := func(v any) string {
		data, _ := json.Marshal(v)
		return base64.RawURLEncoding.EncodeToString(data)
	}
	now := time.Now().Unix()
	token := b64(map[string]string{"alg": "none"}) + "." + b64(map[string]any{"sub": u.sub, "iat": now, "exp": now + 3600}) + "."
	return &sarama.AccessToken{Token: token}, nil
}

func config(c conn) (*sarama.Config, error) {
	cfg := sarama.NewConfig()
	cfg.ClientID = "security-matrix-sarama"
	cfg.Net.DialTimeout = 15 * time.Second
	cfg.Metadata.Retry.Max = 0
	cfg.Producer.Retry.Max = 0
	cfg.Producer.Return.Successes = true
	cfg.Consumer.Return.Errors = true
	cfg.Consumer.Offsets.Initial = sarama.OffsetOldest
	if c.Protocol != "SASL_PLAINTEXT" {
		pem, err := os.ReadFile(c.CA)
		if err != nil {
			return nil, err
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		t := &tls.Config{RootCAs: pool}
		if c.Cert != "" {
			pair, err := tls.LoadX509KeyPair(c.Cert, c.Key)
			if err != nil {
				return nil, err
			}
			t.Certificates = []tls.Certificate{pair}
		}
		cfg.Net.TLS.Enable = true
		cfg.Net.TLS.Config = t
	}
	if c.Mechanism != "" {
		cfg.Net.SASL.Enable = true
		cfg.Net.SASL.User = c.User
		cfg.Net.SASL.Password = c.Password
		switch c.Mechanism {
		case "PLAIN":
			cfg.Net.SASL.Mechanism = sarama.SASLTypePlaintext
		case "SCRAM-SHA-256":
			cfg.Net.SASL.Mechanism = sarama.SASLTypeSCRAMSHA256
			cfg.Net.SASL.SCRAMClientGeneratorFunc = func() sarama.SCRAMClient {
				return &scramClient{hash: scram.HashGeneratorFcn(sha256.New)}
			}
		case "SCRAM-SHA-512":
			cfg.Net.SASL.Mechanism = sarama.SASLTypeSCRAMSHA512
			cfg.Net.SASL.SCRAMClientGeneratorFunc = func() sarama.SCRAMClient {
				return &scramClient{hash: scram.HashGeneratorFcn(sha512.New)}
			}
		case "OAUTHBEARER":
			cfg.Net.SASL.Mechanism = sarama.SASLTypeOAuth
			cfg.Net.SASL.TokenProvider = unsecuredJwt{sub: c.User}
		}
	}
	return cfg, nil
}

func produce(c conn, topic, value string) error {
	cfg, err := config(c)
	if err != nil {
		return err
	}
	producer, err := sarama.NewSyncProducer([]string{c.Bootstrap}, cfg)
	if err != nil {
		return err
	}
	defer producer.Close()
	_, _, err = producer.SendMessage(&sarama.ProducerMessage{Topic: topic, Value: sarama.StringEncoder(value)})
	return err
}

type firstRecord struct{ got chan string }

func (firstRecord) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (firstRecord) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (h firstRecord) ConsumeClaim(_ sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for msg := range claim.Messages() {
		select {
		case h.got <- string(msg.Value):
		default:
		}
	}
	return nil
}

// consumeOne joins `group` on `topic` and returns the first record's value, or the first error: Consume's own
// (FindCoordinator, JoinGroup) or one of the group's Errors() (a partition's Fetch).
func consumeOne(c conn, topic, group string) (string, error) {
	cfg, err := config(c)
	if err != nil {
		return "", err
	}
	cg, err := sarama.NewConsumerGroup([]string{c.Bootstrap}, group, cfg)
	if err != nil {
		return "", err
	}
	defer cg.Close()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	handler := firstRecord{got: make(chan string, 1)}
	failed := make(chan error, 1)
	go func() {
		for ctx.Err() == nil {
			if err := cg.Consume(ctx, []string{topic}, handler); err != nil {
				failed <- err
				return
			}
		}
	}()
	select {
	case v := <-handler.got:
		return v, nil
	case err := <-failed:
		return "", err
	case err := <-cg.Errors():
		return "", err
	case <-ctx.Done():
		return "", errors.New("no record within the deadline")
	}
}

func topics(c conn) ([]string, error) {
	cfg, err := config(c)
	if err != nil {
		return nil, err
	}
	client, err := sarama.NewClient([]string{c.Bootstrap}, cfg)
	if err != nil {
		return nil, err
	}
	defer client.Close()
	return client.Topics()
}

func run(ch check) result {
	r := result{Mode: ch.Mode}
	fail := func(err error) result {
		text := fmt.Sprintf("%T: %v", err, err)
		r.Error = &text
		return r
	}
	switch ch.Action {
	case "roundtrip", "produce":
		if err := produce(ch.Conn, ch.Topic, ch.Value); err != nil {
			return fail(err)
		}
		if ch.Action == "produce" {
			return r
		}
		fallthrough
	case "consume":
		v, err := consumeOne(ch.Conn, ch.Topic, ch.Group)
		if err != nil {
			return fail(err)
		}
		r.Value = &v
	default: // login, metadata
		list, err := topics(ch.Conn)
		if err != nil {
			return fail(err)
		}
		r.Topics = list
	}
	return r
}

func main() {
	var job struct {
		Checks []check `json:"checks"`
	}
	if err := json.NewDecoder(os.Stdin).Decode(&job); err != nil {
		fmt.Fprintln(os.Stderr, "bad job:", err)
		os.Exit(2)
	}
	results := make([]result, len(job.Checks))
	var wg sync.WaitGroup
	for i, ch := range job.Checks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = run(ch)
		}()
	}
	wg.Wait()
	version := "sarama (version unknown)"
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/IBM/sarama" {
				version = "sarama " + dep.Version
			}
		}
	}
	out, _ := json.Marshal(map[string]any{"version": version, "results": results})
	fmt.Println(string(out))
}
