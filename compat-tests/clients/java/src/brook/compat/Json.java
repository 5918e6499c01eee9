package brook.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;

/** JSON helpers shared by the Java drivers (Jackson comes with Kafka's jars): base64 bytes and step errors. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** base64 text or JSON null -> bytes or null */
  static byte[] bytes(JsonNode node) {
    return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asText());
  }

  static void putBytes(ObjectNode out, String field, byte[] value) {
    if (value == null) out.putNull(field);
    else out.put(field, Base64.getEncoder().encodeToString(value));
  }

  /** `{ op, ok: false, error: { name, message } }`, the exception's class and message with its causes. */
  static ObjectNode failure(String op, Throwable error) {
    Throwable top = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
    List<String> parts = new ArrayList<>();
    for (Throwable t = top; t != null && parts.size() < 4; t = t.getCause()) {
      parts.add(t.getClass().getSimpleName() + ": " + t.getMessage());
    }
    ObjectNode result = MAPPER.createObjectNode();
    result.put("op", op);
    result.put("ok", false);
    ObjectNode e = result.putObject("error");
    e.put("name", top.getClass().getSimpleName());
    e.put("message", String.join("; caused by ", parts));
    return result;
  }
}
