/**
 * A CAP 1.2 message as the OASIS standard (CAP-v1.2-os) defines it, in the shape both the encoder writes and the
 * parser reads. Optional elements are `undefined` when absent; repeated ones are lists in document order.
 */

export const capNamespace = 'urn:oasis:names:tc:emergency:cap:1.2';

export type CapStatus = 'Actual' | 'Exercise' | 'System' | 'Test' | 'Draft';
export type CapMsgType = 'Alert' | 'Update' | 'Cancel' | 'Ack' | 'Error';
export type CapScope = 'Public' | 'Restricted' | 'Private';
export type CapCategory =
  | 'Geo'
  | 'Met'
  | 'Safety'
  | 'Security'
  | 'Rescue'
  | 'Fire'
  | 'Health'
  | 'Env'
  | 'Transport'
  | 'Infra'
  | 'CBRNE'
  | 'Other';
export type CapResponseType =
  'Shelter' | 'Evacuate' | 'Prepare' | 'Execute' | 'Avoid' | 'Monitor' | 'Assess' | 'AllClear' | 'None';
export type CapUrgency = 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
export type CapSeverity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
export type CapCertainty = 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';

export const capStatuses: readonly CapStatus[] = ['Actual', 'Exercise', 'System', 'Test', 'Draft'];
export const capMsgTypes: readonly CapMsgType[] = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'];
export const capScopes: readonly CapScope[] = ['Public', 'Restricted', 'Private'];
export const capCategories: readonly CapCategory[] = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
];
export const capResponseTypes: readonly CapResponseType[] = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
];
export const capUrgencies: readonly CapUrgency[] = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'];
export const capSeverities: readonly CapSeverity[] = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'];
export const capCertainties: readonly CapCertainty[] = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'];

/** `valueName`/`value` pairs: eventCode, parameter and geocode. */
export interface CapNamedValue {
  valueName: string;
  value: string;
}

/** One entry of `references`: the message referred to, as CAP writes it (`sender,identifier,sent`). */
export interface CapReference {
  sender: string;
  identifier: string;
  sent: string;
}

/** A closed ring of WGS84 points, as CAP's `polygon` ("lat,lon lat,lon …", first = last, at least four pairs). */
export type CapPolygon = Array<{ lat: number; lon: number }>;

export interface CapCircle {
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface CapArea {
  areaDesc: string;
  polygons: CapPolygon[];
  circles: CapCircle[];
  geocodes: CapNamedValue[];
  altitude?: number;
  ceiling?: number;
}

export interface CapResource {
  resourceDesc: string;
  mimeType: string;
  size?: number;
  uri?: string;
  derefUri?: string;
  digest?: string;
}

export interface CapInfo {
  language: string;
  categories: CapCategory[];
  event: string;
  responseTypes: CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  audience?: string;
  eventCodes: CapNamedValue[];
  effective?: string;
  onset?: string;
  expires?: string;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  web?: string;
  contact?: string;
  parameters: CapNamedValue[];
  resources: CapResource[];
  areas: CapArea[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  source?: string;
  scope: CapScope;
  restriction?: string;
  addresses?: string;
  codes: string[];
  note?: string;
  references: CapReference[];
  incidents?: string;
  infos: CapInfo[];
}
