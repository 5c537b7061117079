import { z } from 'zod';
import { fact } from '../../planFacts';
import { phrase } from '../../phrase';
import { defineStep } from '../stepModule';
import { SubdomainDialog } from './subdomainDialog';

/** The organization's subdomain, held in the directory once its syntax is right. */
export const subdomainStep = defineStep({
  id: 'subdomain',
  answer: z.string().min(1),
  dialog: SubdomainDialog,
  facts: (subdomain) => [fact('subdomain', phrase('summary.plain', { value: subdomain }))],
  help: (rules) => phrase('subdomain.help', rules.subdomainLimits()),
  example: 'acmeexample',
});
