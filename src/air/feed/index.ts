export { FeedError } from './feed-error.ts';
export { FEED_TYPES } from './format.ts';
export { splitLines } from './lines.ts';
export { readFeed, type FeedHour } from './parse.ts';
export { isStationListHeader, readStationList, STATION_LIST_HEADER, type AirStation } from './station-list.ts';
