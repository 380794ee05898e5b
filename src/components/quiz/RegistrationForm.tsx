import { useState } from 'preact/hooks';
import type { RegistrationField } from '../../lib/results/types.ts';
import '../../styles/calc.css';

const OTHER = '__other__';

interface Props {
  fields: readonly RegistrationField[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  onSubmit: () => void;
}

/** The missing required fields of a registration, as Chinese messages by field key. */
export function registrationErrors(fields: readonly RegistrationField[], values: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const v = (values[f.key] ?? '').trim();
    if (f.required && !v) errors[f.key] = `请填写${f.label}`;
    else if (v.length > 40) errors[f.key] = `${f.label}最多 40 个字`;
  }
  return errors;
}

/** 报名信息: name, unit (from the list or typed) and further fields, before a competition starts. */
export function RegistrationForm({ fields, values, onChange, onSubmit }: Props) {
  const [tried, setTried] = useState(false);
  const [other, setOther] = useState<Record<string, boolean>>({});
  const errors = tried ? registrationErrors(fields, values) : {};
  const set = (key: string, value: string) => onChange({ ...values, [key]: value });

  return (
    <form
      class="quiz-registration calc-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(registrationErrors(fields, values)).length === 0) onSubmit();
      }}
    >
      <p>请先填写报名信息，交卷后生成的成绩凭证码会包含这些信息。</p>
      {fields.map((f) => {
        const id = `reg-${f.key}`;
        const error = errors[f.key];
        const value = values[f.key] ?? '';
        const inList = f.options?.includes(value) ?? false;
        const typing = f.options ? other[f.key] || (value !== '' && !inList) : true;
        return (
          <div class={`calc-field${error ? ' has-error' : ''}`} key={f.key}>
            <label for={id}>
              {f.label}
              {!f.required && <span class="calc-optional">（选填）</span>}
            </label>
            {f.options && (
              <div class="calc-input">
                <select
                  id={id}
                  value={typing ? OTHER : value}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLSelectElement).value;
                    setOther({ ...other, [f.key]: v === OTHER });
                    set(f.key, v === OTHER ? '' : v);
                  }}
                >
                  <option value="">请选择</option>
                  {f.options.map((o) => (
                    <option value={o} key={o}>
                      {o}
                    </option>
                  ))}
                  {f.allowOther && <option value={OTHER}>其他（自己填写）</option>}
                </select>
              </div>
            )}
            {(!f.options || (f.allowOther && typing)) && (
              <div class="calc-input">
                <input
                  id={f.options ? `${id}-other` : id}
                  type="text"
                  value={value}
                  aria-label={f.options ? `${f.label}（自己填写）` : undefined}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  autocomplete={f.key === 'name' ? 'name' : f.key === 'unit' ? 'organization' : 'off'}
                  onInput={(e) => set(f.key, (e.currentTarget as HTMLInputElement).value)}
                />
              </div>
            )}
            {error && (
              <p class="calc-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" class="button quiz-start">
        开始答题
      </button>
    </form>
  );
}
