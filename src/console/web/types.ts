/** The API's answers, typed from the server functions that build them (src/console/*.ts): one definition. */
import type { Sample } from '../history';
import type { BrowseResult } from '../messages';
import type { brokerList, groupDetail, groupList, overview, topicDetail, topicList } from '../views';

export type { Sample };
export type Overview = ReturnType<typeof overview> & { sql: boolean; history: Sample[] };
export type Brokers = { brokers: ReturnType<typeof brokerList>; history: Sample[] };
export type TopicSummary = ReturnType<typeof topicList>[number];
export type TopicDetail = NonNullable<ReturnType<typeof topicDetail>>;
export type GroupSummary = ReturnType<typeof groupList>[number];
export type GroupDetail = NonNullable<ReturnType<typeof groupDetail>>;
export type Messages = BrowseResult;
