import type {
  DisclosuresQuery,
  PetitionsQuery,
  ReceptionSessionsQuery,
  StatisticsQuery,
  UnitAssignmentsQuery,
  VoterRecommendationsQuery,
  VoterSummaryQuery,
} from './types';

export const petitionKeys = {
  all: ['petitions'] as const,
  lists: () => [...petitionKeys.all, 'list'] as const,
  list: (query: PetitionsQuery) => [...petitionKeys.lists(), query] as const,
  details: () => [...petitionKeys.all, 'detail'] as const,
  /** a petition and what hangs off it (history, duplicates, assignable handlers) — never its petitioners' identities */
  petition: (id: string) => [...petitionKeys.details(), id] as const,
  detail: (id: string) => [...petitionKeys.petition(id), 'petition'] as const,
  history: (id: string) => [...petitionKeys.petition(id), 'history'] as const,
  duplicates: (id: string) => [...petitionKeys.petition(id), 'duplicates'] as const,
  assignableHandlers: (id: string) => [...petitionKeys.petition(id), 'assignable-handlers'] as const,
  cases: () => [...petitionKeys.all, 'case'] as const,
  case: (caseId: string) => [...petitionKeys.cases(), caseId] as const,
  disclosureLogs: () => [...petitionKeys.all, 'disclosures'] as const,
  disclosureLog: (query: DisclosuresQuery) => [...petitionKeys.disclosureLogs(), query] as const,
  unitAssignmentLists: () => [...petitionKeys.all, 'unit-assignments'] as const,
  unitAssignments: (query: UnitAssignmentsQuery) => [...petitionKeys.unitAssignmentLists(), query] as const,
  allStatistics: () => [...petitionKeys.all, 'statistics'] as const,
  statistics: (query: StatisticsQuery) => [...petitionKeys.allStatistics(), query] as const,
  attachments: () => [...petitionKeys.all, 'attachments'] as const,
  attachment: (id: string) => [...petitionKeys.attachments(), id] as const,
  deadline: (query: object) => [...petitionKeys.all, 'deadline', query] as const,
  reference: () => [...petitionKeys.all, 'reference'] as const,
  bodies: () => [...petitionKeys.reference(), 'bodies'] as const,
  offices: () => [...petitionKeys.reference(), 'offices'] as const,
  leaders: () => [...petitionKeys.reference(), 'leaders'] as const,
};

export const receptionKeys = {
  all: ['reception-sessions'] as const,
  lists: () => [...receptionKeys.all, 'list'] as const,
  list: (query: ReceptionSessionsQuery) => [...receptionKeys.lists(), query] as const,
  details: () => [...receptionKeys.all, 'detail'] as const,
  session: (id: string) => [...receptionKeys.details(), id] as const,
  detail: (id: string) => [...receptionKeys.session(id), 'session'] as const,
  petitions: (id: string) => [...receptionKeys.session(id), 'petitions'] as const,
};

export const voterKeys = {
  all: ['voter-recommendations'] as const,
  lists: () => [...voterKeys.all, 'list'] as const,
  list: (query: VoterRecommendationsQuery) => [...voterKeys.lists(), query] as const,
  summaries: () => [...voterKeys.all, 'summary'] as const,
  summary: (query: VoterSummaryQuery) => [...voterKeys.summaries(), query] as const,
  details: () => [...voterKeys.all, 'detail'] as const,
  detail: (id: string) => [...voterKeys.details(), id] as const,
};
