/** The process areas in navigation order, each with its icon and component (labels: `ui:nav.<id>`). */
import type { JSX } from 'react';
import {
  CalendarLtrRegular,
  ChatWarningRegular,
  ClipboardTaskListLtrRegular,
  DocumentDataRegular,
  DocumentEditRegular,
  HomeRegular,
  PeopleRegular,
  PollRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { AREA_IDS, type AreaId } from '../host-context';
import type { AreaProps } from './area-props';
import { ClientsArea } from './clients-area';
import { ComplaintsArea } from './complaints-area';
import { HomeArea } from './home-area';
import { MeetingsArea } from './meetings-area';
import { ReportsArea } from './reports-area';
import { RequestsArea } from './requests-area';
import { ReviewsArea } from './reviews-area';
import { SurveysArea } from './surveys-area';

export interface AreaDefinition {
  readonly id: AreaId;
  readonly Icon: FluentIcon;
  readonly Component: (props: AreaProps) => JSX.Element;
}

const DEFINITIONS: Readonly<Record<AreaId, Omit<AreaDefinition, 'id'>>> = {
  home: { Icon: HomeRegular, Component: HomeArea },
  clients: { Icon: PeopleRegular, Component: ClientsArea },
  meetings: { Icon: CalendarLtrRegular, Component: MeetingsArea },
  complaints: { Icon: ChatWarningRegular, Component: ComplaintsArea },
  surveys: { Icon: PollRegular, Component: SurveysArea },
  requests: { Icon: DocumentEditRegular, Component: RequestsArea },
  reviews: { Icon: ClipboardTaskListLtrRegular, Component: ReviewsArea },
  reports: { Icon: DocumentDataRegular, Component: ReportsArea },
};

export const AREAS: readonly AreaDefinition[] = AREA_IDS.map((id) => ({ id, ...DEFINITIONS[id] }));

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}
