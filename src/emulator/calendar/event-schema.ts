/**
 * The writable properties of microsoft.graph.event, as strict zod schemas: an unknown property or a
 * wrong type is a 400 that names it (see http/body.ts). Enumeration values are case-insensitive, as
 * Graph's are ("HTML", "Required", "Monday" are accepted) and come out in Graph's canonical spelling.
 * Rules that span properties (end after start, time zones, all-day, recurrence) live in event-model.ts.
 */
import { z } from 'zod';
import { DAYS_OF_WEEK, PATTERN_TYPES, RANGE_TYPES, WEEK_INDEXES } from './recurrence';

/** A case-insensitive enumeration that yields the canonical spelling. */
export function graphEnum<const T extends readonly [string, ...string[]]>(values: T, typeName: string) {
  return z.string().transform((value, ctx): T[number] => {
    const found = values.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (found === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `cannot convert the literal '${value.slice(0, 60)}' to the expected type 'microsoft.graph.${typeName}'`,
      });
      return z.NEVER;
    }
    return found;
  });
}

export const IMPORTANCE = ['low', 'normal', 'high'] as const;
export const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'] as const;
export const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const;
export const ATTENDEE_TYPES = ['required', 'optional', 'resource'] as const;
export const ONLINE_MEETING_PROVIDERS = [
  'unknown',
  'skypeForBusiness',
  'skypeForConsumer',
  'teamsForBusiness',
] as const;
export const BODY_TYPES = ['text', 'html'] as const;
export const LOCATION_TYPES = [
  'default',
  'conferenceRoom',
  'homeAddress',
  'businessAddress',
  'geoCoordinates',
  'streetAddress',
  'hotel',
  'restaurant',
  'localBusiness',
  'postalAddress',
] as const;
export const UNIQUE_ID_TYPES = ['unknown', 'locationStore', 'directory', 'private', 'bing'] as const;

const odataType = z.string().max(200).optional();

export const dateTimeTimeZoneSchema = z
  .object({
    '@odata.type': odataType,
    dateTime: z.string().max(64),
    timeZone: z.string().max(200),
  })
  .strict();

export const itemBodySchema = z
  .object({
    '@odata.type': odataType,
    contentType: graphEnum(BODY_TYPES, 'bodyType').optional(),
    content: z.string().nullable().optional(),
  })
  .strict();

export const emailAddressSchema = z
  .object({
    '@odata.type': odataType,
    address: z.string().max(320).nullable().optional(),
    name: z.string().max(256).nullable().optional(),
  })
  .strict();

const responseStatusSchema = z
  .object({ response: z.string().max(40).optional(), time: z.string().max(40).optional() })
  .strict();

export const attendeeSchema = z
  .object({
    '@odata.type': odataType,
    emailAddress: emailAddressSchema,
    type: graphEnum(ATTENDEE_TYPES, 'attendeeType').nullable().optional(),
    /** Read back from a GET and sent again: accepted and ignored, as the response is the attendee's to give. */
    status: responseStatusSchema.nullable().optional(),
    proposedNewTime: z.null().optional(),
  })
  .strict();

const physicalAddressSchema = z
  .object({
    '@odata.type': odataType,
    street: z.string().max(256).nullable().optional(),
    city: z.string().max(256).nullable().optional(),
    state: z.string().max(256).nullable().optional(),
    countryOrRegion: z.string().max(256).nullable().optional(),
    postalCode: z.string().max(64).nullable().optional(),
  })
  .strict();

const coordinatesSchema = z
  .object({
    '@odata.type': odataType,
    latitude: z.number().nullable().optional(),
    longitude: z.number().nullable().optional(),
    altitude: z.number().nullable().optional(),
    accuracy: z.number().nullable().optional(),
    altitudeAccuracy: z.number().nullable().optional(),
  })
  .strict();

export const locationSchema = z
  .object({
    '@odata.type': odataType,
    displayName: z.string().max(1024).nullable().optional(),
    locationType: graphEnum(LOCATION_TYPES, 'locationType').nullable().optional(),
    locationEmailAddress: z.string().max(320).nullable().optional(),
    locationUri: z.string().max(2048).nullable().optional(),
    uniqueId: z.string().max(1024).nullable().optional(),
    uniqueIdType: graphEnum(UNIQUE_ID_TYPES, 'locationUniqueIdType').nullable().optional(),
    address: physicalAddressSchema.nullable().optional(),
    coordinates: coordinatesSchema.nullable().optional(),
  })
  .strict();

const int = z.number().int();

export const recurrencePatternSchema = z
  .object({
    '@odata.type': odataType,
    type: graphEnum(PATTERN_TYPES, 'recurrencePatternType'),
    interval: int.nullable().optional(),
    month: int.nullable().optional(),
    dayOfMonth: int.nullable().optional(),
    daysOfWeek: z.array(graphEnum(DAYS_OF_WEEK, 'dayOfWeek')).max(7).nullable().optional(),
    firstDayOfWeek: graphEnum(DAYS_OF_WEEK, 'dayOfWeek').nullable().optional(),
    index: graphEnum(WEEK_INDEXES, 'weekIndex').nullable().optional(),
  })
  .strict();

export const recurrenceRangeSchema = z
  .object({
    '@odata.type': odataType,
    type: graphEnum(RANGE_TYPES, 'recurrenceRangeType'),
    startDate: z.string().max(40).nullable().optional(),
    endDate: z.string().max(40).nullable().optional(),
    numberOfOccurrences: int.nullable().optional(),
    recurrenceTimeZone: z.string().max(200).nullable().optional(),
  })
  .strict();

export const patternedRecurrenceSchema = z
  .object({ '@odata.type': odataType, pattern: recurrencePatternSchema, range: recurrenceRangeSchema })
  .strict();

export const extendedPropertySchema = z
  .object({ '@odata.type': odataType, id: z.string().min(1).max(512), value: z.string().nullable() })
  .strict();

const eventProperties = {
  '@odata.type': odataType,
  subject: z.string().max(65_536).nullable().optional(),
  body: itemBodySchema.nullable().optional(),
  start: dateTimeTimeZoneSchema.optional(),
  end: dateTimeTimeZoneSchema.optional(),
  location: locationSchema.nullable().optional(),
  locations: z.array(locationSchema).max(100).nullable().optional(),
  attendees: z.array(attendeeSchema).max(500).nullable().optional(),
  isAllDay: z.boolean().optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: graphEnum(ONLINE_MEETING_PROVIDERS, 'onlineMeetingProviderType').optional(),
  recurrence: patternedRecurrenceSchema.nullable().optional(),
  transactionId: z.string().min(1).max(255).nullable().optional(),
  categories: z.array(z.string().max(255)).max(100).nullable().optional(),
  importance: graphEnum(IMPORTANCE, 'importance').optional(),
  sensitivity: graphEnum(SENSITIVITY, 'sensitivity').optional(),
  showAs: graphEnum(SHOW_AS, 'freeBusyStatus').optional(),
  reminderMinutesBeforeStart: int.min(0).max(525_600).optional(),
  isReminderOn: z.boolean().optional(),
  responseRequested: z.boolean().optional(),
  allowNewTimeProposals: z.boolean().optional(),
  hideAttendees: z.boolean().optional(),
  singleValueExtendedProperties: z.array(extendedPropertySchema).max(100).nullable().optional(),
};

/** POST /events. `start` and `end` are required by the model (with a Graph-style message). */
export const eventCreateSchema = z.object(eventProperties).strict();
export type EventCreateInput = z.output<typeof eventCreateSchema>;

/** PATCH /events/{id}: the same properties, all optional. */
export const eventUpdateSchema = eventCreateSchema;
export type EventUpdateInput = EventCreateInput;
