import type { ConclusionsQuery, StatisticsQuery, TasksQuery } from './types';

export const conclusionKeys = {
  all: ['conclusions'] as const,
  documents: () => [...conclusionKeys.all, 'documents'] as const,
  documentList: (query: ConclusionsQuery) => [...conclusionKeys.documents(), 'list', query] as const,
  document: (id: string) => [...conclusionKeys.documents(), 'detail', id] as const,
  documentTasks: (id: string) => [...conclusionKeys.documents(), 'tasks', id] as const,
  tasks: () => [...conclusionKeys.all, 'tasks'] as const,
  taskList: (query: TasksQuery) => [...conclusionKeys.tasks(), 'list', query] as const,
  task: (id: string) => [...conclusionKeys.tasks(), 'detail', id] as const,
  taskHistory: (id: string) => [...conclusionKeys.tasks(), 'history', id] as const,
  allStatistics: () => [...conclusionKeys.all, 'statistics'] as const,
  statistics: (query: StatisticsQuery) => [...conclusionKeys.allStatistics(), query] as const,
  urgingLetters: () => [...conclusionKeys.all, 'urging-letters'] as const,
  attachments: () => [...conclusionKeys.all, 'attachments'] as const,
  attachment: (id: string) => [...conclusionKeys.attachments(), id] as const,
  reference: () => [...conclusionKeys.all, 'reference'] as const,
  bodies: () => [...conclusionKeys.reference(), 'bodies'] as const,
  units: (activeOn: string) => [...conclusionKeys.reference(), 'units', activeOn] as const,
  offices: () => [...conclusionKeys.reference(), 'offices'] as const,
};
