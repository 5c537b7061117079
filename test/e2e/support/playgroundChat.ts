import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './processes';

/**
 * The little of the DOM that the functions run in the page use: the project compiles
 * without lib "dom", and in the page `globalThis` is the window.
 */
interface PageElement {
  innerText: string;
  scrollHeight: number;
  clientHeight: number;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface PageWindow {
  document: { querySelectorAll(selector: string): ArrayLike<PageElement> };
  getComputedStyle(element: PageElement): { overflowY: string };
}

/** A bot message in the Playground's chat pane (text bubbles and cards alike). */
const BOT_MESSAGE = '.fai-OutputCard';
const CARD = '.ac-adaptiveCard';

/** How long one step may take before the test fails with a screenshot. */
export const STEP_TIMEOUT_MS = 20_000;

/**
 * Drives the chat of the Microsoft 365 Agents Playground (0.2.x) like a person: reads
 * the bot's messages, clicks Adaptive Card buttons and types in the compose box.
 * Every wait is for something new since the previous answer, so an old card or an
 * old message never satisfies a later step.
 */
export class PlaygroundChat {
  /** Bot messages present before the last answer was sent. */
  private seen = 0;

  constructor(
    private readonly page: Page,
    private readonly name: string,
  ) {}

  /** The texts of all bot messages, in order. */
  botMessages(): Promise<string[]> {
    return this.page.locator(BOT_MESSAGE).allInnerTexts();
  }

  /** Waits for a new bot message matching `pattern` and returns its text. */
  async expectMessage(pattern: RegExp, what: string): Promise<string> {
    return this.during(`waiting for ${what}`, async () => {
      const handle = await this.page.waitForFunction(
        ({ selector, from, source, flags }) => {
          const texts = Array.from(
            (globalThis as unknown as PageWindow).document.querySelectorAll(selector),
          )
            .slice(from)
            .map((element) => element.innerText);
          return texts.find((text) => new RegExp(source, flags).test(text)) ?? false;
        },
        { selector: BOT_MESSAGE, from: this.seen, source: pattern.source, flags: pattern.flags },
        { timeout: STEP_TIMEOUT_MS, polling: 100 },
      );
      return (await handle.jsonValue()) as string;
    });
  }

  /** Waits for a new card with a button labelled exactly `label`; returns its message's index. */
  async expectButton(label: string): Promise<number> {
    return this.during(`waiting for a card button "${label}"`, async () => {
      const handle = await this.page.waitForFunction(
        ({ selector, card, from, label }) => {
          const messages = Array.from(
            (globalThis as unknown as PageWindow).document.querySelectorAll(selector),
          );
          for (let i = messages.length - 1; i >= from; i--) {
            const buttons = messages[i]!.querySelectorAll(`${card} [role="button"]`);
            if (Array.from(buttons).some((b) => b.innerText.trim() === label)) return i;
          }
          return false;
        },
        { selector: BOT_MESSAGE, card: CARD, from: this.seen, label },
        { timeout: STEP_TIMEOUT_MS, polling: 100 },
      );
      return (await handle.jsonValue()) as number;
    });
  }

  /** Waits for a new card with a button labelled exactly `label`, and clicks it. */
  async click(label: string): Promise<void> {
    const index = await this.expectButton(label);
    await this.during(`clicking the card button "${label}"`, async () => {
      await this.markSeen();
      await this.page
        .locator(BOT_MESSAGE)
        .nth(index)
        .locator(CARD)
        .getByRole('button', { name: label, exact: true })
        .click({ timeout: STEP_TIMEOUT_MS });
    });
  }

  /** Types `text` in the compose box and sends it with Enter. */
  async type(text: string): Promise<void> {
    await this.during(`typing "${text}"`, async () => {
      await this.markSeen();
      const box = this.page.getByRole('textbox');
      await box.click({ timeout: STEP_TIMEOUT_MS });
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    });
  }

  /** Runs one step; on failure saves a screenshot and says which step, and what the bot said last. */
  private async during<T>(step: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      const screenshot = await this.screenshot(`${this.name}-failure`).catch(() => 'none');
      const last = (await this.botMessages().catch(() => []))
        .slice(-3)
        .map((text) => `  | ${text.replace(/\s*\n\s*/g, ' / ').slice(0, 300)}`)
        .join('\n');
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(
        `[${this.name}] step failed: ${step} (${reason}).\n` +
          `Last bot messages:\n${last || '  (none)'}\nScreenshot: ${screenshot}`,
      );
    }
  }

  private async markSeen(): Promise<void> {
    this.seen = await this.page.locator(BOT_MESSAGE).count();
  }

  /**
   * Saves a screenshot of the whole conversation as test-results/e2e-<name>.png: the chat
   * pane scrolls on its own, so the window is made as tall as the conversation first.
   */
  async screenshot(name: string): Promise<string> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const path = join(RESULTS_DIR, `e2e-${name}.png`);
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 900 };
    const hidden = await this.page.evaluate(() => {
      const window = globalThis as unknown as PageWindow;
      let most = 0;
      for (const element of Array.from(window.document.querySelectorAll('*'))) {
        const overflow = window.getComputedStyle(element).overflowY;
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        if (!element.querySelector('.fai-OutputCard')) continue;
        most = Math.max(most, element.scrollHeight - element.clientHeight);
      }
      return most;
    });
    if (hidden > 0) {
      await this.page.setViewportSize({
        width: viewport.width,
        height: Math.min(viewport.height + hidden + 40, 16_000),
      });
      await this.page.waitForTimeout(300);
    }
    await this.page.screenshot({ path, fullPage: true });
    if (hidden > 0) await this.page.setViewportSize(viewport);
    return path;
  }
}
