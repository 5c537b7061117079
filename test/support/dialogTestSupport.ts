import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { MemorySubdomainDirectory } from '../../state/memorySubdomainDirectory';
import type { Activity, Middleware, TurnContext } from 'botbuilder-core';
import { ComponentDialog, type Dialog, type DialogTurnStatus } from 'botbuilder-dialogs';
import { stepValidators } from '../../dialogs/steps/registry';
import { AskDialog } from '../../dialogs/askDialog';
import { DialogTestClient } from 'botbuilder-testing';
import { Translators, type TranslationProblem } from '../../bot/translators';
import { PhraseRenderer } from '../../dialogs/phrase';
import { questionContentOf, type RenderedChoice, type RenderedFact } from '../../dialogs/question';
import { ASK, type StepDependencies, type StepResult } from '../../dialogs/stepDialog';
import { newTurnLanguage, setTurnLanguage, type TurnLanguage } from '../../dialogs/turnLanguage';
import { loadRules } from '../../provisioning/loadRules';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';

/**
 * Unit tests of one dialog on botbuilder-testing's DialogTestClient, with the
 * real rules, the real translators and the turn language a middleware sets (as
 * the bot's turn pipeline does).
 */

/** The languages these tests speak (the shipped ones). */
export type Locale = 'en' | 'sv';

/** Problems the translators reported (a missing key or `{{parameter}}`): a test expects none. */
export const translationProblems: TranslationProblem[] = [];

let shared: { rules: ProvisioningRules; translators: Translators; phrases: PhraseRenderer };

function world() {
  if (!shared) {
    const rules = loadRules();
    shared = {
      rules,
      translators: new Translators({ onProblem: (p) => translationProblems.push(p) }),
      phrases: new PhraseRenderer(rules),
    };
  }
  return shared;
}

export function testRules(): ProvisioningRules {
  return world().rules;
}

export function testPhrases(): PhraseRenderer {
  return world().phrases;
}

export function stepDependencies(
  directory: SubdomainDirectory = new MemorySubdomainDirectory(),
): StepDependencies {
  const { rules, phrases } = world();
  return { rules, phrases, directory };
}

/** The language of a turn, built as the bot builds it (switching only changes this object). */
export function turnLanguageFor(locale: Locale): TurnLanguage {
  return newTurnLanguage(world().translators, locale);
}

/** Sets the turn language on every turn, before the dialog runs. */
export function languageMiddleware(locale: Locale): Middleware {
  return {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      setTurnLanguage(context, turnLanguageFor(locale));
      await next();
    },
  };
}

/** What the dialog answered to one activity. */
export interface DialogReply {
  activities: Partial<Activity>[];
  /** The message texts, in order. */
  texts: string[];
  /** All message texts joined by new lines. */
  text: string;
  /** Which question the last question of the reply asks (undefined when none was asked). */
  questionId?: string;
  /** The choices of that question. */
  choices: RenderedChoice[];
  /** Their ids. */
  choiceIds: string[];
  /** Labelled values shown with that question (the summary's answers). */
  facts: RenderedFact[];
}

/** A card submit as Teams, Webex and Web Chat send it: a `value` and no text. */
export function cardSubmit(choice: string): Partial<Activity> {
  return { type: 'message', value: { choice } };
}

/** Runs one step as SetupDialog does: the step beside the AskDialog it asks through. */
class StepHost extends ComponentDialog {
  constructor(step: Dialog) {
    super('stepHost');
    this.addDialog(step);
    const { rules, phrases } = world();
    const validators = stepValidators({
      rules,
      phrases,
      directory: new MemorySubdomainDirectory(),
    });
    this.addDialog(new AskDialog(ASK, phrases, validators));
    this.initialDialogId = step.id;
  }
}

/** One dialog under test, started with its options in one language. */
export class DialogTest<T> {
  readonly client: DialogTestClient;

  constructor(dialog: Dialog, options: unknown, locale: Locale = 'en') {
    const host = new StepHost(dialog);
    this.client = new DialogTestClient('test', host, options, [languageMiddleware(locale)]);
  }

  /** Starts the dialog (the client begins it on the first activity it receives). */
  start(): Promise<DialogReply> {
    return this.send({ type: 'event', name: 'startDialog' });
  }

  async send(activity: string | Partial<Activity>): Promise<DialogReply> {
    const activities: Partial<Activity>[] = [];
    let next = (await this.client.sendActivity(activity)) as Partial<Activity> | undefined;
    while (next) {
      activities.push(next);
      next = this.client.getNextReply();
    }
    // Reported once: the next test starts clean.
    expect(translationProblems.splice(0)).toEqual([]);
    return reply(activities);
  }

  get status(): DialogTurnStatus {
    return this.client.dialogTurnResult.status;
  }

  /** The step's result once it ended (undefined while it waits for an answer). */
  get result(): StepResult<T> | undefined {
    return this.client.dialogTurnResult.result as StepResult<T> | undefined;
  }
}

function reply(activities: Partial<Activity>[]): DialogReply {
  const texts = activities.filter((a) => a.type === 'message' && a.text).map((a) => a.text!);
  const question = activities
    .map((a) => questionContentOf(a))
    .filter((c) => c?.questionId !== undefined)
    .at(-1);
  const choices = question?.choices ?? [];
  return {
    activities,
    texts,
    text: texts.join('\n'),
    questionId: question?.questionId,
    choices,
    choiceIds: choices.map((c) => c.id),
    facts: question?.facts ?? [],
  };
}
