/** Read-only catalog views of the process: the client overview and the complaint log. */
export {
  listClientOverview,
  matchesClientSearch,
  type ClientOverviewRepositories,
  type ClientOverviewRow,
  type ListClientOverviewQuery,
} from './list-client-overview.use-case';
export { listClientChoices, type ClientChoice } from './list-client-choices.use-case';
export {
  listComplaintLog,
  type ComplaintLogRepositories,
  type ComplaintLogRow,
  type ListComplaintLogQuery,
} from './list-complaint-log.use-case';
export { compareNames, foldForSearch, matchesSearch } from './text-search';
