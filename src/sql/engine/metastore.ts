/** What the engine knows about each stream and table (ksqlDB's metastore). */
import type { Schema } from '../expr/row';
import type { FormatInfo } from '../serde/formats';

export interface WindowInfo {
  type: 'TUMBLING' | 'HOPPING' | 'SESSION';
  /** Window size in ms (time windows only). */
  size?: number;
}

export interface DataSource {
  name: string;
  kind: 'STREAM' | 'TABLE';
  topic: string;
  schema: Schema;
  keyFormat: FormatInfo;
  valueFormat: FormatInfo;
  /** TIMESTAMP property: the event time column, and TIMESTAMP_FORMAT for a STRING column. */
  timestamp?: { column: string; format?: string };
  /** Windowed key (outputs of windowed aggregations, or WINDOW_TYPE on CREATE). */
  window?: WindowInfo;
  /** CREATE SOURCE STREAM/TABLE: read-only. */
  readOnly: boolean;
  /** The query writing this source (CSAS/CTAS), if any. */
  queryId?: string;
  /** Statement text, for DESCRIBE. */
  sql: string;
}
