/** The stable identifiers of docs/architecture.md: code, data, events and tests use exactly these. */
export const ROLES = ['partner', 'customer'] as const;
export type Role = (typeof ROLES)[number];

export const ORDER_TYPES = ['trial', 'subscription'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const REGIONS = ['north-america', 'latam', 'emear', 'apjc'] as const;
export type RegionId = (typeof REGIONS)[number];

export const PLATFORMS = ['standard', 'controlled-ga', 'exception'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export const TELEPHONY_OPTIONS = [
  'webex-cc-pstn',
  'voice-pop-bridge',
  'webex-calling',
  'voice-pop',
] as const;
export type TelephonyId = (typeof TELEPHONY_OPTIONS)[number];

export const DATA_CENTERS = ['us1', 'ca1', 'eu1', 'eu2', 'anz1', 'jp1', 'sg1'] as const;
export type DataCenterId = (typeof DATA_CENTERS)[number];

/** ISO 3166-1 alpha-2, upper case. */
export type CountryCode = string;
