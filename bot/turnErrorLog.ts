/**
 * What a "turn failed" line says about the error: its type, message and stack, and the
 * ids of the active dialog and its parent. Never the dialog stack that botbuilder-dialogs
 * attaches (DialogContextError.dialogContext.stack): its options and state hold the
 * answers and the subdomain the admin typed.
 */
export function turnErrorFields(error: unknown): Record<string, unknown> {
  const context = (error as { dialogContext?: { activeDialog?: unknown; parent?: unknown } })
    ?.dialogContext;
  if (!(error instanceof Error) || context === undefined) return { err: error };
  const inner = (error as { error?: unknown }).error;
  const cause = inner instanceof Error ? inner : error;
  return {
    err: { type: cause.name, message: cause.message, stack: cause.stack },
    activeDialog: idOrUndefined(context.activeDialog),
    parentDialog: idOrUndefined(context.parent),
  };
}

function idOrUndefined(id: unknown): string | undefined {
  return typeof id === 'string' ? id : undefined;
}
