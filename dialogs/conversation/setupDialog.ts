import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ProvisioningRules } from '../../provisioning/provisioningRules';
import type { SubdomainDirectory } from '../../provisioning/subdomainDirectory';
import { holderOf } from '../holder';
import { phrase, PhraseRenderer, type PhraseParam } from '../phrase';
import {
  keepValidAnswers,
  nextStep,
  STEPS,
  withAnswer,
  withoutAnswer,
  type StepId,
} from '../setupDraft';
import type { StepDependencies, StepOptions, StepResult } from '../stepDialog';
import { CountryDialog } from '../steps/countryDialog';
import { OrderTypeDialog } from '../steps/orderTypeDialog';
import { PlatformDialog } from '../steps/platformDialog';
import { PstnAddOnDialog } from '../steps/pstnAddOnDialog';
import { RoleDialog } from '../steps/roleDialog';
import { SubdomainDialog } from '../steps/subdomainDialog';
import { TelephonyDialog } from '../steps/telephonyDialog';
import { SummaryDialog, type SummaryAction } from '../steps/summaryDialog';
import { turnLanguage } from '../turnLanguage';
import { recognizeCommand, type Command } from './commands';
import { CountryOptions } from './countryOptions';
import { MessageSlotReader, type MessageSlots } from './messageSlots';
import { SetupCompletion } from './setupCompletion';
import { newSession, type SetupSession } from './setupSession';

export interface SetupDialogDependencies {
  rules: ProvisioningRules;
  directory: SubdomainDirectory;
  sessions: StatePropertyAccessor<SetupSession>;
  newId?: () => string;
  now?: () => Date;
}

const LOOP = 'setup.loop';

/**
 * The whole guided setup: asks the first open question, records the answer, and
 * loops until the summary is finished. Commands (help, back, restart, cancel,
 * language, options) and messages carrying several answers are handled here,
 * before the active step sees the message.
 */
export class SetupDialog extends ComponentDialog {
  private readonly rules: ProvisioningRules;
  private readonly phrases: PhraseRenderer;
  private readonly sessions: StatePropertyAccessor<SetupSession>;
  private readonly slots: MessageSlotReader;
  private readonly countryOptions: CountryOptions;
  private readonly completion: SetupCompletion;
  private readonly directory: SubdomainDirectory;

  constructor(deps: SetupDialogDependencies) {
    super('setup');
    this.rules = deps.rules;
    this.phrases = new PhraseRenderer(deps.rules);
    this.sessions = deps.sessions;
    this.directory = deps.directory;
    this.slots = new MessageSlotReader(deps.rules, this.phrases);
    this.countryOptions = new CountryOptions(deps.rules, this.phrases);
    this.completion = new SetupCompletion(
      deps.rules,
      this.phrases,
      deps.directory,
      deps.newId,
      deps.now,
    );
    const stepDeps: StepDependencies = { rules: deps.rules, phrases: this.phrases };
    this.addDialog(new RoleDialog(stepDeps));
    this.addDialog(new OrderTypeDialog(stepDeps));
    this.addDialog(new CountryDialog(stepDeps));
    this.addDialog(new PstnAddOnDialog(stepDeps));
    this.addDialog(new PlatformDialog(stepDeps));
    this.addDialog(new TelephonyDialog(stepDeps));
    this.addDialog(new SubdomainDialog(stepDeps, deps.directory));
    this.addDialog(new SummaryDialog(stepDeps));
    this.addDialog(new WaterfallDialog(LOOP, [(s) => this.askNext(s), (s) => this.record(s)]));
    this.initialDialogId = LOOP;
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const context = innerDc.context;
    const previous = await this.sessions.get(context);
    const session = newSession(true);
    const text = messageText(context);
    const command = text ? recognizeCommand(text, turnLanguage(context), this.phrases) : undefined;
    // A first message "svenska" switches before the welcome, so that it is in Swedish.
    if (command?.kind === 'switchLanguage') await turnLanguage(context).switchTo(command.locale);
    await this.say(context, previous?.welcomed ? 'setup.again' : 'welcome');
    if (text && !command) await this.applySlots(context, session, this.readSlots(context, text));
    await this.sessions.set(context, session);
    return innerDc.beginDialog(LOOP);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = messageText(innerDc.context);
    if (!text) return super.onContinueDialog(innerDc);
    const session = await this.session(innerDc.context);
    const command = recognizeCommand(text, turnLanguage(innerDc.context), this.phrases);
    if (command) return this.runCommand(innerDc, session, command);

    const slots = this.readSlots(innerDc.context, text);
    if (this.fillsOtherOpenStep(session, slots)) {
      await this.applySlots(innerDc.context, session, slots);
      return this.restartLoop(innerDc);
    }
    return super.onContinueDialog(innerDc);
  }

  private async askNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const session = await this.session(step.context);
    session.draft = keepValidAnswers(session.draft, this.rules);
    const next = nextStep(session.draft, this.rules);
    await this.showWayIntoWizard(step.context, session);
    session.current = next ?? 'summary';
    if (!next) return step.beginDialog('summary', { draft: session.draft });
    const options: StepOptions<unknown> = {
      draft: session.draft,
      proposal: this.proposalFor(session, next),
    };
    return step.beginDialog(next, options);
  }

  private async record(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const session = await this.session(step.context);
    const current = session.current!;
    if (current === 'summary')
      return this.afterSummary(step, session, (step.result as StepResult<SummaryAction>).value);
    const { value, asked } = step.result as StepResult<never>;
    session.draft = withAnswer(session.draft, current, value, this.rules);
    delete session.proposals[current as keyof typeof session.proposals];
    if (asked) session.history.push(current);
    return step.replaceDialog(LOOP);
  }

  private async afterSummary(
    step: WaterfallStepContext,
    session: SetupSession,
    action: SummaryAction,
  ) {
    if (action.action === 'change') {
      await this.forget(step.context, session, action.step);
      return step.replaceDialog(LOOP);
    }
    const outcome = await this.completion.complete(step.context, session.draft);
    if (outcome === 'subdomain-taken') {
      session.draft = withoutAnswer(session.draft, 'subdomain');
      return step.replaceDialog(LOOP);
    }
    await this.sessions.set(step.context, newSession(true));
    return step.endDialog();
  }

  private async runCommand(innerDc: DialogContext, session: SetupSession, command: Command) {
    const context = innerDc.context;
    switch (command.kind) {
      case 'help':
        await this.say(context, session.current ? `${session.current}.help` : 'welcome');
        return this.reprompt(innerDc);
      case 'options':
        await context.sendActivity(
          this.countryOptions.describe(command.countryText, turnLanguage(context)),
        );
        return this.reprompt(innerDc);
      case 'switchLanguage':
        await turnLanguage(context).switchTo(command.locale);
        await this.say(context, 'commands.languageSwitched');
        return this.reprompt(innerDc);
      case 'back':
        return this.goBack(innerDc, session);
      case 'restart':
        await this.releaseHold(context, session);
        await this.sessions.set(context, newSession(true));
        await this.say(context, 'commands.restarted');
        return this.restartLoop(innerDc);
      case 'cancel':
        await this.releaseHold(context, session);
        await this.sessions.set(context, newSession(true));
        await this.say(context, 'commands.cancelled');
        return innerDc.cancelAllDialogs();
    }
  }

  private async goBack(innerDc: DialogContext, session: SetupSession) {
    const previous = session.history.pop();
    if (!previous) {
      await this.say(innerDc.context, 'commands.backAtStart');
      return this.reprompt(innerDc);
    }
    await this.forget(innerDc.context, session, previous);
    return this.restartLoop(innerDc);
  }

  /** Drops one answer (and a subdomain's hold) so that its step is asked again. */
  private async forget(context: TurnContext, session: SetupSession, step: StepId) {
    if (step === 'subdomain') await this.releaseHold(context, session);
    session.draft = withoutAnswer(session.draft, step);
    delete session.proposals[step as keyof typeof session.proposals];
  }

  private async releaseHold(context: TurnContext, session: SetupSession) {
    if (session.draft.subdomain)
      await this.directory.release(session.draft.subdomain, holderOf(context));
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async restartLoop(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(LOOP);
  }

  private readSlots(context: TurnContext, text: string): MessageSlots {
    return this.slots.read(text, turnLanguage(context));
  }

  /**
   * Whether a message answers a question that is still open besides the one being
   * asked. An answer to the current question alone is left to its step, so that
   * it counts as asked (and "back" can return to it).
   */
  private fillsOtherOpenStep(session: SetupSession, slots: MessageSlots): boolean {
    const named: Record<StepId, boolean> = {
      role: !!slots.role,
      orderType: !!slots.orderType,
      country: !!slots.country || !!slots.unsupportedCountry,
      pstnAddOn: false,
      platform: !!slots.platform,
      telephony: !!slots.telephony,
      subdomain: !!slots.subdomain,
    };
    return STEPS.some(
      (step) => named[step] && step !== session.current && session.draft[step] === undefined,
    );
  }

  private async applySlots(context: TurnContext, session: SetupSession, slots: MessageSlots) {
    const { draft, proposals } = session;
    if (slots.role && !draft.role) draft.role = slots.role;
    if (slots.orderType && !draft.orderType) draft.orderType = slots.orderType;
    if (!draft.country) {
      if (slots.country) proposals.country = slots.country;
      if (slots.unsupportedCountry) {
        await this.say(context, 'country.unsupported', {
          country: { country: slots.unsupportedCountry },
        });
      }
    }
    if (slots.platform && !draft.platform) proposals.platform = slots.platform;
    if (slots.telephony && !draft.telephony) proposals.telephony = slots.telephony;
    if (slots.subdomain && !draft.subdomain) proposals.subdomain = slots.subdomain;
  }

  /** The way into the Service Setup wizard, once role and order type are known (again after a change). */
  private async showWayIntoWizard(context: TurnContext, session: SetupSession) {
    const { role, orderType } = session.draft;
    if (!role || !orderType || session.accessShownFor === `${role}/${orderType}`) return;
    session.accessShownFor = `${role}/${orderType}`;
    await this.say(context, `access.${role}.${orderType}`);
  }

  /**
   * What an earlier message said for a step, or, for the platform, the only
   * platform without a Solution Assurance request that offers the proposed
   * telephony option (Webex Calling in Japan means the Standard platform).
   */
  private proposalFor(session: SetupSession, step: StepId): unknown {
    const { proposals, draft } = session;
    if (step !== 'platform' || proposals.platform || !proposals.telephony || !draft.country) {
      return proposals[step as keyof typeof proposals];
    }
    const fitting = this.rules
      .platformsOf(draft.country)
      .filter((p) => !p.requiresSolutionAssurance && p.telephony.includes(proposals.telephony!));
    return fitting.length === 1 ? fitting[0]!.id : undefined;
  }

  private async session(context: TurnContext): Promise<SetupSession> {
    return this.sessions.get(context, newSession(true));
  }

  private async say(context: TurnContext, key: string, params?: Record<string, PhraseParam>) {
    await context.sendActivity(this.phrases.render(phrase(key, params), turnLanguage(context)));
  }
}

function messageText(context: TurnContext): string | undefined {
  if (context.activity.type !== 'message') return undefined;
  return context.activity.text?.trim() || undefined;
}
