/** Task pane texts (en): header, navigation, one section per process step and UI errors. */
import type { Catalog } from '../../catalog';
import type { ui as es, uiErrors as esErrors } from '../es-MX/ui';

export const ui: Catalog<typeof es> = {
  shell: {
    loading: 'Loading Relaciones…',
    skipToContent: 'Skip to content',
    navLabel: 'Process areas',
    hostBadge: 'Open in {{host}}',
    contentLabel: 'Content of the selected area',
  },
  host: {
    excel: 'Excel',
    outlook: 'Outlook',
    browser: 'Browser',
  },
  nav: {
    home: 'Home',
    clients: 'Clients',
    meetings: 'Meetings',
    complaints: 'Complaints',
    surveys: 'Surveys',
    requests: 'Requests',
    reviews: 'Reviews',
    reports: 'Reports',
  },
  empty: {
    dataLayer:
      'Data arrives with the Microsoft Graph layer, which this version does not include yet. No sample data is shown.',
  },
  area: {
    home: {
      step: 'Whole process',
      title: 'Home',
      summary:
        'Relaciones supports every step of the Business Relationship Management process: periodic meetings with each client, complaints, satisfaction surveys, change and service requests, service reviews and the evidence an audit asks for (ISO/IEC 20000-1 8.3.2 and 8.3.3, ISO 10002).',
      stepsTitle: 'The steps of the process',
      steps: {
        s1: 'Periodic meetings with each client.',
        s2: 'Identify the activities of the meeting: the agenda.',
        s3: 'Hold the meeting: is there a complaint?',
        s4: 'Handle the complaints (PR-SGI-016).',
        s5: 'Satisfaction survey (PR-SGI-015): do the SLAs need to change?',
        s6: 'Is a new or changed service needed? (P-SGI-009)',
        s7: 'Service review: is a scope change needed? (F-SGI-032)',
      },
      hostTitle: 'In this application',
      host: {
        excel:
          'In Excel: the complaint log as a table, the satisfaction charts and the annual workbook, built in the open workbook.',
        outlook:
          "In Outlook: log a complaint from a client's email and schedule the review meeting from an appointment.",
        browser: 'In the browser: the same pane as a web app, without the Excel workbook actions.',
      },
      empty: 'Connect to Microsoft 365 to see the status of your clients',
    },
    clients: {
      step: 'Step 1 · Periodic meetings',
      title: 'Client catalog',
      summary:
        'Each client has an account manager and a meeting cadence, from monthly to yearly. Here you will see which meeting is due, which are overdue and whom to talk to.',
      empty: 'Connect to Microsoft 365 to see the clients',
    },
    meetings: {
      step: 'Steps 1 to 3 · Meetings',
      title: 'Client meetings',
      summary:
        'Schedule the periodic meeting, walk in with an agenda built from open agreements, open complaints, SLA compliance and the last survey, and record the minutes, the agreements (owner and due date) and the answer to "Is there a complaint?".',
      empty: 'Connect to Microsoft 365 to see the meetings',
      actionTitle: 'Review meeting',
      actionBody:
        "From this appointment: pick the client; attendees and agenda are proposed in the invitation, recurring at the client's cadence, and the meeting is logged in Meetings.",
      actionBodyElsewhere:
        'Open Relaciones from an Outlook appointment to schedule the review meeting with its attendees and agenda.',
    },
    complaints: {
      step: 'Step 4 · Complaint handling (PR-SGI-016)',
      title: 'Complaints',
      summary:
        'Each complaint follows its lifecycle: Registered → Routed → In progress → Resolved → Closed (confirmed by the client) or Reopened, with severity-based deadlines, a warning before a breach, escalation, root cause and corrective action.',
      empty: 'Connect to Microsoft 365 to see the complaints',
      actionTitle: 'Log complaint',
      actionBody:
        "From this email: the client is found by the sender's domain, the text is prefilled and the message is kept as evidence; the complaint is routed to the Service Delivery Lead.",
      actionBodyElsewhere:
        "Open Relaciones from the client's email in Outlook to log the complaint with the message as evidence.",
    },
    surveys: {
      step: 'Step 5 · Satisfaction survey (PR-SGI-015)',
      title: 'Surveys',
      summary:
        'Yearly or per-project campaigns: a personal Microsoft Forms link per contact, invitations and reminders, answer import and CSAT and NPS results with intervals, sent to the account manager to decide whether the SLAs change.',
      empty: 'Connect to Microsoft 365 to see the survey campaigns',
    },
    requests: {
      step: 'Steps 5 to 7 · Decisions',
      title: 'Change and service requests',
      summary:
        'Every decision of the process is recorded with who, when and why: SLA or scope change (F-SGI-032) and a new or changed service (P-SGI-009).',
      empty: 'Connect to Microsoft 365 to see the requests',
    },
    reviews: {
      step: 'Step 7 · Service review',
      title: 'Service reviews',
      summary:
        'Review, per service, the agreements, commitments and requirements with the client, and record whether a scope change is needed (F-SGI-032).',
      empty: 'Connect to Microsoft 365 to see the reviews',
    },
    reports: {
      step: 'Evidence for the audit',
      title: 'Reports and evidence',
      summary:
        'The annual satisfaction workbook for management (scores, trends, complaints and actions per client and service) and, for the auditor, the evidence per client and period that every step happened. Records are kept for one year after their validity ends.',
      empty: 'Connect to Microsoft 365 to build reports',
      workbookExcel: 'In Excel, the annual workbook will be built in the open workbook.',
      workbookElsewhere: 'To build the annual workbook in an open workbook, use Relaciones in Excel.',
    },
  },
  catalog: {
    retry: 'Retry',
    loadFailedHint: 'Check the connection to Microsoft 365 and try again.',
    connectionFailed: 'Could not connect to Microsoft 365',
    cadenceState: {
      ok: 'On track',
      dueSoon: 'Due soon',
      overdue: 'Overdue',
      neverMet: 'No meetings',
    },
    clients: {
      loading: 'Loading clients…',
      loadFailed: 'The clients could not be loaded',
      empty: 'There are no clients in the catalog',
      emptyHint:
        'Import the catalog with "relaciones clients import" or add the clients to the Clientes SharePoint list.',
      searchLabel: 'Search by name or code',
      searchPlaceholder: 'Client name or code',
      tableLabel: 'Clients in the catalog',
      count: 'Clients shown: {{shown}} of {{total}}',
      noMatch: 'No client matches "{{search}}".',
      scheduledOn: 'Scheduled: {{date}}',
      column: {
        client: 'Client',
        nextMeeting: 'Next meeting',
        openComplaints: 'Open complaints',
      },
    },
    complaints: {
      loading: 'Loading complaints…',
      loadFailed: 'The complaints could not be loaded',
      empty: 'There are no complaints on record',
      emptyHint: "Complaints are logged from the client's email in Outlook or in the review meeting.",
      filtersLabel: 'Filter the log',
      statusLabel: 'Status',
      clientLabel: 'Client',
      severityLabel: 'Severity',
      allStatuses: 'All',
      allClients: 'All',
      allSeverities: 'All',
      clearFilters: 'Clear filters',
      tableLabel: 'Complaint log',
      count: 'Complaints shown: {{count}}',
      noMatch: 'No complaint matches the filters.',
      noFolio: 'No folio',
      severity: 'Severity: {{severity}}',
      column: {
        complaint: 'Complaint',
        status: 'Status',
        sla: 'SLA',
      },
    },
  },
};

export const uiErrors: Catalog<typeof esErrors> = {
  UI: {
    AREA_FAILED:
      'The "{{area}}" area could not be shown. The other areas are still available; reload the pane and, if it happens again, tell support.',
    APP_FAILED: 'Relaciones could not start. Reload the pane; if the problem continues, tell support.',
  },
};
