/** Complaint texts (en): statuses, actions, root causes, SLA clocks and the COMPLAINT, SLA and CALENDAR errors. */
import type { Catalog } from '../../catalog';
import type { complaint as es, complaintErrors as esErrors } from '../es-MX/complaint';

export const complaint: Catalog<typeof es> = {
  status: {
    registered: 'Registered',
    routed: 'Routed',
    inProgress: 'In progress',
    resolved: 'Resolved',
    closed: 'Closed',
    reopened: 'Reopened',
  },
  action: {
    register: 'Register complaint',
    route: 'Route to the Delivery Lead',
    attend: 'Attend',
    resolve: 'Mark as resolved',
    close: 'Close',
    reopen: 'Reopen',
    pause: 'Pause SLA clock (waiting on the client)',
    resume: 'Resume SLA clock',
  },
  channel: {
    meeting: 'Meeting',
    email: 'E-mail',
    phone: 'Phone',
    survey: 'Survey',
    portal: 'Portal',
    other: 'Other',
  },
  rootCause: {
    people: 'People',
    process: 'Process',
    technology: 'Technology',
    supplier: 'Supplier',
    communication: 'Communication',
    clientSide: 'Client side',
    other: 'Other',
  },
  slaState: {
    onTrack: 'On track',
    warning: 'Due soon',
    breached: 'Breached',
    paused: 'Paused',
    met: 'Met',
  },
  slaClock: {
    acknowledgement: 'Acknowledgement',
    resolution: 'Resolution',
  },
  sla: {
    remaining: '{{hours}} h {{minutes}} min business time left',
    overdue: 'Overdue by {{hours}} h {{minutes}} min business time',
    dueAt: 'Due: {{date}}',
    pausedSince: 'Paused since {{date}}: {{reason}}',
  },
  field: {
    folio: 'Reference',
    title: 'Subject',
    description: 'Description',
    severity: 'Severity',
    channel: 'Channel',
    receivedAt: 'Received',
    reportedBy: 'Reported by',
    assignedTo: 'Assigned to',
    resolution: 'Resolution',
    rootCauseCategory: 'Root-cause category',
    rootCause: 'Root cause',
    correctiveAction: 'Corrective action',
    clientConfirmed: 'Confirmed by the client',
    closureReason: 'Reason for closing without confirmation',
    reopenCount: 'Times reopened',
    note: 'Note',
    pauseReason: 'Reason for the pause',
  },
};

export const complaintErrors: Catalog<typeof esErrors> = {
  COMPLAINT: {
    NOT_FOUND: 'Complaint "{{key}}" was not found. Check the reference or refresh the list; it may have been deleted.',
    ILLEGAL_TRANSITION:
      'Procedure PR-SGI-016 does not allow that change of status ({{fromLabel}} → {{toLabel}}). Follow the order Registered → Routed → In progress → Resolved → Closed; a Resolved or Closed complaint can only be reopened, and a Reopened one goes back to Routed or In progress.',
    FORBIDDEN_ROLE:
      'Your role ({{roleLabel}}) does not allow this action ("{{actionLabel}}"). Registering and routing belong to the Account manager; attending, resolving, closing, reopening and pausing the SLA clock to the Service Delivery Lead. Ask the person responsible to do it.',
    INVALID_TIME:
      'The date and time "{{value}}" is not valid. Use ISO 8601 with a time zone, for example 2026-02-03T10:00:00-06:00.',
    TIME_BEFORE_LAST_CHANGE:
      "The change is dated {{now}}, before the complaint's last change ({{last}}). Check the device's date and time and try again.",
    RECEIVED_AFTER_REGISTRATION:
      'The received date ({{receivedAt}}) is after the registration ({{now}}). Correct the date the client reported the complaint.',
    ROUTE_REQUIRES_ASSIGNEE: 'To route the complaint, give the e-mail of the Service Delivery Lead who will handle it.',
    RESOLVE_REQUIRES_RESOLUTION: 'To mark the complaint as resolved, describe the solution applied.',
    CLOSE_REQUIRES_RESOLUTION:
      'A complaint cannot be closed without a recorded solution. Mark it as resolved with a description of the solution.',
    CLOSE_REQUIRES_ROOT_CAUSE: 'To close the complaint, give the root-cause category (ISO 10002 analysis).',
    CLOSE_REQUIRES_CONFIRMATION_OR_REASON:
      'To close the complaint, record that the client confirmed the solution or, if they did not, write the reason for closing.',
    REOPEN_REQUIRES_NOTE:
      'To reopen the complaint, write a note with the reason (for example, what still fails for the client).',
    PAUSE_NOT_ALLOWED:
      'The SLA clock is paused or resumed only while the complaint is Routed, In progress or Reopened (current status: {{statusLabel}}).',
    PAUSE_REQUIRES_REASON: 'To pause the SLA clock, write what is expected from the client.',
    ALREADY_PAUSED: "This complaint's SLA clock is already paused. Resume it when the client answers.",
    NOT_PAUSED: "This complaint's SLA clock is not paused; there is nothing to resume.",
  },
  SLA: {
    INVALID_WARNING_SHARE:
      'The warning threshold "{{value}}" is not valid. Use a fraction above 0 and up to 1 (for example 0.8 to warn at 80 %).',
    INVALID_TARGET:
      "The SLA target of {{hours}} hours is not valid. Correct the service's SLA with a number of business hours above zero.",
  },
  CALENDAR: {
    INVALID_TIME_ZONE:
      'The time zone "{{timeZone}}" does not exist. Use an IANA name, for example America/Mexico_City.',
    INVALID_WORKING_HOURS:
      'The working hours {{start}}–{{end}} are not valid: the end must be after the start (format HH:mm).',
    OVERLAPPING_WORKING_HOURS: 'The working hours {{first}} and {{second}} overlap. Adjust one of them.',
    NO_WORKING_TIME: 'The business calendar has no working days or hours. Give at least one day and one time window.',
    INVALID_INSTANT:
      'The date and time "{{value}}" is not valid. Use ISO 8601 with a time zone, for example 2026-02-03T10:00:00-06:00.',
    INVALID_DATE: 'The date "{{value}}" is not valid. Use the format YYYY-MM-DD, for example 2026-02-02.',
    INVALID_DURATION: 'The duration "{{value}}" is not valid. Give a number of hours or minutes of zero or more.',
    NO_BUSINESS_TIME:
      'The calendar has no business time from {{from}} on. Check the configured working days and holidays.',
    INVALID_YEAR: 'The year "{{year}}" is not valid. Give a year between 1 and 9999.',
    INVALID_HOLIDAY:
      'The holiday "{{value}}" is not valid. Use MM-DD for a day every year (12-12) or YYYY-MM-DD for a single day (2026-04-02).',
  },
};
