/** The metadata partition's names (a leaf module: the broker's Fetch handler reads them without loading Raft). */
export const METADATA_TOPIC = '__cluster_metadata';
export const METADATA_PARTITION = 0;
/** Kafka's fixed topic id of the metadata topic (Uuid.METADATA_TOPIC_ID = Uuid(0, 1)). */
export const METADATA_TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ';
