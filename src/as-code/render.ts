/**
 * An explanation as text for a terminal, or as Markdown for a pull request (with a Mermaid
 * flowchart, which code hosts draw as a picture).
 */
import type { ExplainedRequest, SessionConfigExplanation } from './explain.js';
import { oneOfWords, topicWord } from './phrases.js';

/**
 * Renders an explanation for a terminal: the journey numbered in order, then what Yoti does,
 * AML lists, webhook, lifetimes, front-end settings, advisories and errors. Ends with a newline.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { explainSessionConfig, explanationToText } from 'yoti-session-config/as-code';
 *
 * process.stdout.write(explanationToText(explainSessionConfig(sessionConfig().name('KYC').check.liveness({ maxRetries: 3 }))));
 * // KYC (shared)
 * //
 * // The end user:
 * //   1. gives biometric consent (at the SDK's default moment)
 * //   2. moves their face as the camera asks (active liveness, ZOOM), up to 3 attempts (max_retries 3)
 * // ...
 * ```
 */
export function explanationToText(explanation: SessionConfigExplanation): string {
  const lines = [title(explanation), '', 'The end user:', ...explanation.journey.map((step, index) => `  ${index + 1}. ${step.text}`), ''];
  const requests = [...explanation.checks, ...explanation.tasks];
  lines.push(requests.length === 0 ? 'Yoti runs no check or task.' : 'Yoti:');
  for (const request of requests) {
    lines.push(`  - ${request.type}: ${request.text}; ${request.manualReview}`);
    for (const detail of request.details) lines.push(`      ${detail}`);
  }
  lines.push('');
  if (explanation.amlLists.length > 0) lines.push(`AML lists: ${explanation.amlLists.join(', ')}`);
  lines.push(`Webhooks: ${webhookWords(explanation)}`);
  lines.push(`Lifetimes: ${explanation.lifetimes.join(', ')}`);
  if (explanation.frontEnd.length > 0) lines.push(`Front end: ${explanation.frontEnd.join('; ')}`);
  if (explanation.advisories.length > 0) lines.push('', 'Advisories:', ...explanation.advisories.map((advisory) => `  - ${advisory.message}`));
  if (explanation.errors.length > 0) lines.push('', 'Errors (the API would refuse this configuration):', ...explanation.errors.map((issue) => `  - ${issue.message}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Renders an explanation as Markdown to paste into a pull request: the journey as a numbered
 * list and a Mermaid flowchart, a table of checks and tasks with their manual-review policy,
 * then AML lists, webhook, lifetimes, front end, advisories and errors. Text from the
 * configuration is escaped, so a name cannot inject Markdown or HTML.
 *
 * @example
 * ```ts
 * import { sessionConfig } from 'yoti-session-config';
 * import { explainSessionConfig, explanationToMarkdown } from 'yoti-session-config/as-code';
 *
 * const markdown = explanationToMarkdown(explainSessionConfig(sessionConfig().name('KYC').check.liveness({ maxRetries: 3 })));
 * markdown.startsWith('### KYC (shared)'); // true
 * ```
 */
export function explanationToMarkdown(explanation: SessionConfigExplanation): string {
  const lines = [`### ${escape(title(explanation))}`, '', '**The end user**', ''];
  explanation.journey.forEach((step, index) => lines.push(`${index + 1}. ${escape(step.text)}`));
  lines.push('', '```mermaid', 'flowchart TD', ...flowchart(explanation), '```', '');
  const requests = [...explanation.checks, ...explanation.tasks];
  if (requests.length === 0) lines.push('**Yoti runs no check or task.**', '');
  else {
    lines.push('**What Yoti does**', '', '| Check or task | What Yoti does | Manual review |', '|---|---|---|');
    for (const request of requests) lines.push(`| ${code(request.type)} | ${cell(requestWords(request))} | ${cell(request.manualReview)} |`);
    lines.push('');
  }
  if (explanation.amlLists.length > 0) lines.push(`**AML lists**: ${escape(explanation.amlLists.join(', '))}`, '');
  lines.push(`**Webhooks**: ${escape(webhookWords(explanation))}`, '');
  lines.push(`**Lifetimes**: ${escape(explanation.lifetimes.join(', '))}`, '');
  if (explanation.frontEnd.length > 0) lines.push(`**Front end**: ${escape(explanation.frontEnd.join('; '))}`, '');
  if (explanation.advisories.length > 0) {
    lines.push('**Advisories**', '', ...explanation.advisories.map((advisory) => `- ${escape(advisory.message)}`), '');
  }
  if (explanation.errors.length > 0) {
    lines.push('**Errors** (the API would refuse this configuration)', '', ...explanation.errors.map((issue) => `- ${escape(issue.message)}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function title(explanation: SessionConfigExplanation): string {
  const name = explanation.name ?? '(no name)';
  return explanation.visibility === undefined ? name : `${name} (${explanation.visibility})`;
}

function requestWords(request: ExplainedRequest): string {
  return request.details.length === 0 ? request.text : `${request.text} (${request.details.join('; ')})`;
}

function webhookWords({ webhooks }: SessionConfigExplanation): string {
  if (webhooks === undefined) return 'none';
  const topics = webhooks.topics.length === 0 ? 'no topic listed' : `on ${oneOfWords(webhooks.topics.map(topicWord), 'and')}`;
  return `${webhooks.host ?? 'no endpoint'}, ${topics}; authenticated with ${webhooks.authentication}`;
}

const LABEL_LENGTH = 72;

/** Nodes from the start through each step to what Yoti runs. */
function flowchart(explanation: SessionConfigExplanation): string[] {
  const nodes = [
    '  start(["session starts"])',
    ...explanation.journey.map((step, index) => `  step${index + 1}["${label(step.text)}"]`),
    `  yoti[["Yoti runs ${explanation.checks.length} check${explanation.checks.length === 1 ? '' : 's'} and ${explanation.tasks.length} task${explanation.tasks.length === 1 ? '' : 's'}"]]`,
  ];
  const ids = ['start', ...explanation.journey.map((_, index) => `step${index + 1}`), 'yoti'];
  return [...nodes, `  ${ids.join(' --> ')}`];
}

/** Mermaid labels: quotes and angle brackets as entities, long text cut. */
function label(value: string): string {
  const short = value.length > LABEL_LENGTH ? `${value.slice(0, LABEL_LENGTH - 1)}…` : value;
  return short.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/[\r\n]+/g, ' ');
}

/** Markdown and HTML characters escaped; `_` inside a word (`max_retries`) cannot emphasise, so it stays readable. */
const escape = (value: string) =>
  value
    .replace(/[\\`*[\]<>|]/g, (character) => `\\${character}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/[\r\n]+/g, ' ');
const cell = (value: string) => escape(value);
/** A code span cannot escape a backtick; a pipe must still be escaped inside a table. */
const code = (value: string) => `\`${value.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
