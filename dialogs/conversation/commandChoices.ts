/**
 * Ids of buttons that are not answers to a question: they submit `{ choice: id }`
 * like any button and are handled before the step sees the message.
 */
export const TOPIC_CHOICE = 'topic:';
export const HELP_CHOICE = 'command:help';
export const SHARE_CHOICE = 'command:share';
/** After Finish: start planning another tenant. */
export const NEW_SETUP_CHOICE = 'command:new-setup';
