import type { NumberRange } from '../shared/settings.ts';
import { el } from '../view/dom.ts';
import { snapToStep } from '../view/look-labels.ts';

/** Form controls with their labels; every control gets a label the browser associates. */

let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `pp-${prefix}-${counter}`;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface RadioGroup<T extends string> {
  element: HTMLFieldSetElement;
  set: (value: T) => void;
}

export function radioGroup<T extends string>(
  doc: Document,
  legend: string,
  choices: readonly Choice<T>[],
  onChange: (value: T) => void,
  className = '',
): RadioGroup<T> {
  const name = uniqueId('radio');
  const inputs = choices.map((choice) => {
    const input = el(doc, 'input', { attrs: { type: 'radio', name, value: choice.value, id: uniqueId('choice') } });
    input.addEventListener('change', () => {
      if (input.checked) onChange(choice.value);
    });
    return { input, choice };
  });
  const element = el(doc, 'fieldset', { className: `pp-field pp-choices ${className}`.trim() }, [
    el(doc, 'legend', { className: 'pp-label', text: legend }),
    el(doc, 'div', { className: 'pp-choice-row' }, inputs.map(({ input, choice }) =>
      el(doc, 'label', { className: 'pp-choice', attrs: { for: input.id, 'data-value': choice.value } }, [input, el(doc, 'span', { text: choice.label })]),
    )),
  ]);
  return {
    element,
    set: (value) => {
      for (const { input, choice } of inputs) input.checked = choice.value === value;
    },
  };
}

export interface Slider {
  element: HTMLElement;
  set: (value: number) => void;
}

export function slider(doc: Document, label: string, range: NumberRange, format: (v: number) => string, onInput: (value: number) => void): Slider {
  const id = uniqueId('range');
  const input = el(doc, 'input', {
    attrs: { type: 'range', id, min: String(range.min), max: String(range.max), step: String(range.step) },
  });
  const output = el(doc, 'output', { className: 'pp-range-value', attrs: { for: id } });
  const show = (value: number) => {
    output.textContent = format(value);
    input.setAttribute('aria-valuetext', format(value));
  };
  input.addEventListener('input', () => {
    const value = snapToStep(Number(input.value), range);
    show(value);
    onInput(value);
  });
  const element = el(doc, 'div', { className: 'pp-field pp-range' }, [
    el(doc, 'div', { className: 'pp-range-head' }, [el(doc, 'label', { className: 'pp-label', text: label, attrs: { for: id } }), output]),
    input,
  ]);
  return {
    element,
    set: (value) => {
      input.value = String(value);
      show(value);
    },
  };
}

export interface Toggle {
  element: HTMLElement;
  input: HTMLInputElement;
  set: (checked: boolean) => void;
}

export function checkbox(doc: Document, label: string, onChange: (checked: boolean) => void, help?: string): Toggle {
  const input = el(doc, 'input', { attrs: { type: 'checkbox', id: uniqueId('check') } });
  input.addEventListener('change', () => {
    onChange(input.checked);
  });
  const helpId = help ? uniqueId('help') : null;
  if (helpId) input.setAttribute('aria-describedby', helpId);
  const element = el(doc, 'div', { className: 'pp-field pp-check' }, [
    input,
    el(doc, 'div', {}, [
      el(doc, 'label', { className: 'pp-label', text: label, attrs: { for: input.id } }),
      help && helpId ? el(doc, 'p', { className: 'pp-help', text: help, attrs: { id: helpId } }) : null,
    ]),
  ]);
  return { element, input, set: (checked) => (input.checked = checked) };
}

export function button(doc: Document, label: string, run: () => void, className = 'pp-button'): HTMLButtonElement {
  const b = el(doc, 'button', { className, text: label, attrs: { type: 'button' } });
  b.addEventListener('click', run);
  return b;
}

export function section(doc: Document, title: string, intro: string, children: readonly (Node | null)[]): HTMLElement {
  const id = uniqueId('section');
  return el(doc, 'section', { className: 'pp-section', attrs: { 'aria-labelledby': id } }, [
    el(doc, 'h2', { className: 'pp-section-title', text: title, attrs: { id } }),
    intro ? el(doc, 'p', { className: 'pp-help', text: intro }) : null,
    ...children,
  ]);
}
