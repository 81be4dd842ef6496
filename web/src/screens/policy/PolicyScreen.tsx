import { withAntd } from '../../app/antd';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { api, call, failureText } from '../../api/client';
import './policy.css';

/** The anchor id of a clause's section (clauses hold dots and brackets; ids may hold any character). */
export function clauseAnchor(clause: string): string {
  return `clause-${clause}`;
}

/** Whether a cited clause (8.2.2(3), 四(三)2) falls in a section, as the API places it. */
function sectionHolding(sections: { clause: string; implementedBy: { clause: string }[] }[], clause: string) {
  return (
    sections.find((section) => section.clause === clause) ??
    sections.find((section) => section.implementedBy.some((entry) => entry.clause === clause))
  );
}

/** 政策文件: each plan's published text by section with clause anchors, and what implements each clause. */
function PolicyScreen() {
  const [params, setParams] = useSearchParams();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => call(api.GET('/api/plans')) });
  // The meteorological plan first, unless a link names another.
  const planId = params.get('plan') ?? plans.data?.plans.find((plan) => plan.kind === 'meteo')?.id ?? null;
  const wanted = params.get('clause');
  const text = useQuery({
    queryKey: ['plan-text', planId],
    enabled: planId !== null,
    queryFn: () => call(api.GET('/api/plans/{id}/text', { params: { path: { id: planId! } } })),
  });
  const target = wanted && text.data ? sectionHolding(text.data.sections, wanted) : undefined;

  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(clauseAnchor(target.clause));
    element?.scrollIntoView({ block: 'start' });
    element?.focus();
  }, [target]);

  return (
    <div className="screen">
      <h1>政策文件</h1>
      <label className="policy-picker">
        文件{' '}
        <Select
          aria-label="选择文件"
          value={planId}
          style={{ minWidth: 360 }}
          onChange={(value) => setParams({ plan: value })}
          options={(plans.data?.plans ?? []).map((plan) => ({
            value: plan.id,
            label: `${plan.title}(${plan.documentNumber})`,
          }))}
        />
      </label>
      {text.error && <p className="notice notice-error">{failureText(text.error)}</p>}
      {text.data && (
        <div className="policy">
          <nav className="policy-toc" aria-label="目录">
            <ol>
              {text.data.sections.map((section) => (
                <li key={section.clause} style={{ paddingLeft: section.depth * 10 }}>
                  <a href={`#${clauseAnchor(section.clause)}`}>
                    {section.clause} {section.heading}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <article className="policy-text" aria-label={text.data.title}>
            <header>
              <h2>{text.data.title}</h2>
              <p className="muted">
                {text.data.documentNumber} · 数据版本 {text.data.version}
              </p>
            </header>
            {text.data.sections.map((section) => (
              <section
                key={section.clause}
                id={clauseAnchor(section.clause)}
                tabIndex={-1}
                className={target?.clause === section.clause ? 'policy-section policy-target' : 'policy-section'}
                aria-labelledby={`${clauseAnchor(section.clause)}-h`}
              >
                <h3 id={`${clauseAnchor(section.clause)}-h`}>
                  <span className="policy-clause">{section.clause}</span> {section.heading}
                </h3>
                {section.paragraphs.map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
                {section.implementedBy.length > 0 && (
                  <details className="policy-implementers" open={target?.clause === section.clause}>
                    <summary>本条由 {section.implementedBy.length} 项规则实施</summary>
                    <ul>
                      {section.implementedBy.map((entry) => (
                        <li key={entry.path}>
                          <code>{entry.clause}</code> {entry.label} <span className="muted">({entry.path})</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </section>
            ))}
          </article>
        </div>
      )}
    </div>
  );
}

export default withAntd(PolicyScreen);
