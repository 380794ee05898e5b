import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { calculatorById, type RegionalKey } from '../../lib/calc/specs.ts';
import { BasisLinks } from '../citation/BasisLinks.tsx';
import type { CitationLink } from '../../lib/statute/links.ts';
import { NEEDS_JS, calculatorCaveat } from '../../lib/ui/text.ts';
import '../../styles/calc.css';
import { chinaDateKey } from '../../lib/time.ts';

/** A regional parameter from the site configuration, shown with every result that uses it. */
export interface RegionalParameter {
  amount: number;
  year: number;
  region: string;
  source?: string;
}

interface Props {
  id: string;
  /** Citation text → label and URL, resolved at build time */
  citations: Record<string, CitationLink>;
  regional?: Partial<Record<RegionalKey, RegionalParameter>>;
  hotline: string;
  /** Inside an explainer: do not write the inputs into the page URL */
  embedded?: boolean;
}

const todayInChina = () => chinaDateKey(Date.now());

/** One 算得清 calculator: a form, its result with every step's article, inputs kept in the URL. */
export default function Calculator({ id, citations, regional, hotline, embedded }: Props) {
  const spec = calculatorById(id)!;
  const [mounted, setMounted] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  // Restore a shared result from the URL.
  useEffect(() => {
    setMounted(true);
    const initial: Record<string, string> = {};
    const params = new URLSearchParams(location.search);
    for (const f of spec.fields) {
      const v = embedded ? null : params.get(f.name);
      if (v !== null) initial[f.name] = v;
      else if (f.regional && regional?.[f.regional]) initial[f.name] = String(regional[f.regional]!.amount);
      else if (f.name === 'year') initial[f.name] = todayInChina().slice(0, 4);
    }
    setValues(initial);
    if (!embedded && spec.fields.some((f) => params.has(f.name))) setSubmitted(true);
    // Once, on mount: the props do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const outcome = useMemo(() => (submitted ? spec.compute(values, todayInChina()) : null), [spec, submitted, values]);
  const errorFor = (name: string) => (outcome && !outcome.ok ? outcome.errors.find((e) => e.field === name)?.message : undefined);

  useEffect(() => {
    if (focusResult.current && outcome?.ok) resultHeading.current?.focus();
    focusResult.current = false;
  }, [outcome]);

  const update = (name: string, value: string) => setValues({ ...values, [name]: value });

  const submit = (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    focusResult.current = true;
    if (!embedded) {
      const url = new URL(location.href);
      url.search = '';
      for (const f of spec.fields) if (values[f.name]) url.searchParams.set(f.name, values[f.name]!);
      history.replaceState(null, '', url);
    }
  };

  if (!mounted) {
    return (
      <p class="notice">
        {NEEDS_JS.calculator}也可以阅读本页列出的法律依据，或拨打 {hotline} 咨询。
      </p>
    );
  }

  const regionalFields = spec.fields.filter((f) => f.regional);

  return (
    <div class="calc">
      <form class="calc-form" onSubmit={submit} noValidate>
        {spec.fields.map((f) => {
          const inputId = `${id}-${f.name}`;
          const error = errorFor(f.name);
          const describedBy = [f.hint && `${inputId}-hint`, error && `${inputId}-error`].filter(Boolean).join(' ') || undefined;
          return (
            <div class={`calc-field${error ? ' has-error' : ''}`} key={f.name}>
              <label for={inputId}>
                {f.label}
                {f.optional && <span class="calc-optional">（选填）</span>}
              </label>
              {f.hint && (
                <p class="calc-hint" id={`${inputId}-hint`}>
                  {f.hint}
                </p>
              )}
              <div class="calc-input">
                {f.type === 'select' ? (
                  <select
                    id={inputId}
                    name={f.name}
                    value={values[f.name] ?? ''}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={describedBy}
                    onChange={(e) => update(f.name, (e.currentTarget as HTMLSelectElement).value)}
                  >
                    <option value="">请选择</option>
                    {f.options!.map((o) => (
                      <option value={o.value} key={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={inputId}
                    name={f.name}
                    type={f.type === 'date' ? 'date' : 'text'}
                    inputMode={f.type === 'number' ? 'decimal' : undefined}
                    value={values[f.name] ?? ''}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={describedBy}
                    onInput={(e) => update(f.name, (e.currentTarget as HTMLInputElement).value)}
                  />
                )}
                {f.unit && <span class="calc-unit">{f.unit}</span>}
              </div>
              {error && (
                <p class="calc-error" id={`${inputId}-error`}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
        {regionalFields.map((f) => {
          const figure = regional?.[f.regional!];
          return (
            <p class="calc-hint" key={`regional-${f.name}`}>
              {figure
                ? `“${f.label}”已按本站配置的${figure.region}${figure.year}年度数字 ${figure.amount} 元填入${figure.source ? `（来源：${figure.source}）` : ''}，可以修改。`
                : `本站没有配置“${f.label}”。需要时请查询当地人社或统计部门公布的数字后自行填写。`}
            </p>
          );
        })}
        <button type="submit" class="button">
          计算
        </button>
      </form>

      <div aria-live="polite">
        {outcome && !outcome.ok && (
          <p class="notice notice-warn" role="alert">
            请先更正标红的 {outcome.errors.length} 处输入。
          </p>
        )}
        {outcome && outcome.ok && (
          <section class="calc-result" aria-labelledby={`${id}-result`}>
            <h2 id={`${id}-result`} ref={resultHeading} tabIndex={-1}>
              {outcome.summary}
            </h2>
            <h3>怎么算的</h3>
            <ol class="calc-steps">
              {outcome.steps.map((s) => (
                <li key={s.label}>
                  <p class="calc-step-label">
                    {s.label}：<strong>{s.value}</strong>
                  </p>
                  <p>{s.formula}</p>
                  <BasisLinks class="calc-basis" basis={s.basis.map((b) => citations[b] ?? b)} />
                </li>
              ))}
            </ol>
            {outcome.notes.length > 0 && (
              <>
                <h3>请注意</h3>
                <ul>
                  {outcome.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            )}
            {outcome.assumptions.length > 0 && (
              <>
                <h3>计算假设</h3>
                <ul>
                  {outcome.assumptions.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </>
            )}
            <p class="notice">{calculatorCaveat(hotline)}</p>
            {!embedded && <p class="calc-share">这个页面的网址已经包含您填写的数字，可以复制网址或在微信中分享，打开后会显示同样的结果。</p>}
          </section>
        )}
      </div>
    </div>
  );
}
