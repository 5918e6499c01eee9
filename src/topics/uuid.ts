import { randomBytes } from 'node:crypto';

/**
 * Kafka's Uuid.randomUuid(): 16 random bytes printed as 22 characters of URL-safe base64, never the zero
 * id, never the metadata topic's id (1), and never starting with '-' (it would read as a CLI option).
 */
export function randomKafkaUuid(): string {
  for (;;) {
    const bytes = randomBytes(16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4, as java.util.UUID.randomUUID
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const text = bytes.toString('base64url');
    if (!text.startsWith('-') && text !== 'AAAAAAAAAAAAAAAAAAAAAA' && text !== 'AAAAAAAAAAAAAAAAAAAAAQ') return text;
  }
}
