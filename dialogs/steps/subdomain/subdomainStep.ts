import { z } from 'zod';
import { fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { SubdomainDialog, type SubdomainOptions } from './subdomainDialog';

/** The organization's subdomain, held in the directory once its syntax is right. */
export const subdomainStep = defineStep({
  id: 'subdomain',
  answer: z.string().min(1),
  dialog: SubdomainDialog,
  options: ({ proposals, holder }): Omit<SubdomainOptions, 'draft'> => ({
    proposal: proposals.subdomain,
    holder,
    suggestion: proposals.subdomainSuggestion,
  }),
  facts: (subdomain) => [fact('subdomain', phrase('summary.plain', { value: subdomain }))],
  help: (rules) => phrase('subdomain.help', rules.subdomainLimits()),
  example: 'acmeexample',
});
