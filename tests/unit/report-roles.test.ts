/**
 * A report's structural sections (background, highlights, conclusions,
 * recommendations) are named by their whole heading, and grouped by where
 * they belong in a report rather than by the words they share.
 */
import { describe, expect, it } from 'vitest';
import { groupSections, structuralGroupCount } from '../../src/lib/derive/themes/group-sections.ts';
import { reportRole } from '../../src/lib/derive/themes/report-roles.ts';
import { themeCount } from '../../src/lib/derive/themes/propose.ts';
import { englishWords } from '../../src/lib/text/words.ts';

describe('reportRole', () => {
  it.each([
    ['Background', 'background'],
    ['Why GAO Did This Study', 'front'],
    ['Why We Did This Audit', 'front'],
    ['What the Inspector General Found', 'front'],
    ['Key Takeaways', 'front'],
    ['What GAO Recommends', 'recommendation'],
    ['Recommendation for Executive Action', 'recommendation'],
    ['Recommendations for Executive Action', 'recommendation'],
    ['Matters for Congressional Consideration', 'recommendation'],
    ['Agency Comments and Our Evaluation', 'recommendation'],
    ['Conclusions', 'conclusion'],
    ['Conclusion:', 'conclusion'],
  ])('names "%s" a %s section', (heading, role) => {
    expect(reportRole(heading)).toBe(role);
  });

  it.each([
    'Background Investigations',
    'Recommendations for Choosing a Lender',
    'What to know',
    'Why is PIV enablement important?',
    'What GAO Found in Seven States Is Worrying the Agencies That Run the Program',
    'Education Staff Reductions Have Led to Decreased Oversight of Servicers',
  ])('leaves "%s" an ordinary section', (heading) => {
    expect(reportRole(heading)).toBeUndefined();
  });
});

const report = [
  ['Why GAO Did This Study', 'Congress asked GAO to review how the agency oversees its grant contractors and their payments.'],
  ['What GAO Recommends', 'GAO recommends that the agency restore its monitoring of grant contractors.'],
  ['Background', 'The agency awards grants through contractors. Contractors process the payments and answer questions.'],
  [
    'Staff Cuts Reduced Monitoring',
    'Staff cuts ended the monitoring of contractors: reviews of payments stopped, and call monitoring ended.',
  ],
  ['Monitoring Reviews Stopped', 'With fewer staff, monitoring reviews of contractors stopped and payment errors went unchecked.'],
  ['Applicants Face New Rules', 'New rules change how applicants qualify, which applicants must learn before the deadline.'],
  ['Applicants Need Guidance', 'Applicants need guidance on the new rules and the deadline, and on how they qualify.'],
  ['Conclusions', 'Without monitoring, contractor errors in payments can go unchecked, and staff cuts make it worse.'],
  ['Recommendation for Executive Action', 'The agency should restore monitoring of its contractors.'],
].map(([heading, text], position) => ({ heading: heading!, text: text!, article: 0, position }));

describe('grouping a report', () => {
  const groups = groupSections(report, themeCount(report, { min: 3, max: 5 }), englishWords());

  it('counts a theme for the background and one for the recommendations, besides the findings', () => {
    expect(structuralGroupCount(report)).toBe(2);
    expect(themeCount(report, { min: 3, max: 5 })).toBe(4);
    expect(groups).toHaveLength(4);
  });

  it('puts why the study was done with the background, the recommendations together, and the conclusions with the findings they restate', () => {
    expect(groups).toEqual([
      [0, 2],
      [1, 8],
      [3, 4, 7],
      [5, 6],
    ]);
  });

  it('groups an article with no structural heading by its words alone, as before', () => {
    const plain = report.filter((s) => ![0, 1, 2, 7, 8].includes(s.position)).map((s, position) => ({ ...s, position }));
    expect(structuralGroupCount(plain)).toBe(0);
    expect(groupSections(plain, 2, englishWords())).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
