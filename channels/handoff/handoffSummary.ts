import type { TFunction } from 'i18next';
import type { HandoffRequest } from '../../dialogs/handoff/supportDesk';
import type { AdminIdentity } from './adminIdentity';
import { inertText } from './supportText';

/** Everything the support team is told about one handoff (before rendering). */
export interface HandoffSummary extends HandoffRequest {
  admin: AdminIdentity;
  channel: string;
}

/** A labelled line of the summary: its label in the support team's language, the value inert. */
export interface SummaryLine {
  label: string;
  value: string;
}

/** The summary's lines in order: who, where, the step, the plan, the questions, their words. */
export function summaryLines(summary: HandoffSummary, t: TFunction): SummaryLine[] {
  const { admin } = summary;
  const line = (key: string, value: string | undefined) =>
    value ? [{ label: t(`handoff.desk.${key}`), value: inertText(value) }] : [];
  return [
    ...line('admin', admin.name),
    ...line('email', admin.email),
    ...line('organization', admin.organization),
    ...line('channel', summary.channel),
    ...line('language', summary.language),
    ...line('step', summary.step),
  ];
}

/** The plan so far as "title: value" lines, inert (each value came from the conversation). */
export function planLines(summary: HandoffSummary, t: TFunction): string[] {
  if (!summary.plan.length) return [inertText(t('handoff.nothingYet'))];
  return summary.plan.map(({ title, value }) => `${inertText(title)}: ${inertText(value)}`);
}
