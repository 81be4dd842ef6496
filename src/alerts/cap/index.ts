export * from './model.ts';
export { formatCapDateTime, parseCapDateTime, compactBeijingTime, beijingOffsetMinutes } from './datetime.ts';
export { encodeCap, escapeXmlText } from './encode.ts';
export { parseCap, CapParseError, type ParsedCap } from './parse.ts';
export { toCapPolygon, formatCapPolygon, parseCapPolygon, ringIsSimple } from './polygon.ts';
export { formatReferences, parseReferences } from './references.ts';
export { chinaCapProfile, issuingUnitCode } from './profile.ts';
