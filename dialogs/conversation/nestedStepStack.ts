import type { DialogInstance } from 'botbuilder-dialogs';

/** A dialog instance of a component: its own dialogs' stack is kept in its state. */
interface ComponentState {
  dialogs?: { dialogStack?: DialogInstance[] };
}

/**
 * Conversations saved while each step was a component of its own (holding the waterfall
 * `<step>.flow` and the question) go on where they were: the step's inner stack takes the
 * step's place, its waterfall under the step's id. Stacks of the current shape, and
 * components of any other shape, are left as they are.
 */
export function flattenNestedSteps(stack: DialogInstance[]): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const { id, state } = stack[i]!;
    const inner = (state as ComponentState | undefined)?.dialogs?.dialogStack;
    // Only a step of that shape: its inner stack starts with its waterfall `<step>.flow`.
    if (!Array.isArray(inner) || inner[0]?.id !== `${id}.flow`) continue;
    flattenNestedSteps(inner);
    const entries = inner.map((entry) => (entry.id === `${id}.flow` ? { ...entry, id } : entry));
    stack.splice(i, 1, ...entries);
  }
}
