/** SharePoint-list repositories: the generic store, the query builder and the 14 ports. */
export * from './graph-repositories';
export * from './list-query';
export * from './sharepoint-list.repository';
