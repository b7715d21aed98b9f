import { computeMetrics } from '../../../src/model/metrics';
import { fundsParagraph } from '../../../src/model/selfeval/paragraph';
import { profile, project, sourceYearProjects, wan } from '../scoring/fixtures';

const SOURCE =
  '本年共计拨付专利实施项目经费1200万元，其中：2018年新上项目49项，财政支持资金1335万元，本年拨付160万元；' +
  '2017年结转项目50项，财政支持资金1431万元，本年拨付680万元；2016年结转项目18项，财政支持资金586万元，本年拨付90万元；' +
  '2015年结转项目30项，财政支持资金854万元，本年拨付160万元；2014年结转项目22项，财政支持资金755万元，本年拨付110万元。' +
  '累计带动社会投入83553.61万元。';

describe('fundsParagraph', () => {
  it('reproduces the source year character for character', () => {
    expect(fundsParagraph(computeMetrics(sourceYearProjects(), profile()))).toBe(SOURCE);
  });

  it('does not depend on the ledger order', () => {
    const shuffled = sourceYearProjects().reverse();
    expect(fundsParagraph(computeMetrics(shuffled, profile()))).toBe(SOURCE);
  });

  it('leaves out empty cohorts, writes decimals without trailing zeros, and has no 新上 line without new projects', () => {
    const ps = [
      project(0, 2017, wan('100.5'), wan('20.25'), wan('300.5')),
      project(1, 2015, wan('80'), wan('10.1'), wan('80')),
    ];
    expect(fundsParagraph(computeMetrics(ps, profile()))).toBe(
      '本年共计拨付专利实施项目经费30.35万元，其中：2017年结转项目1项，财政支持资金100.5万元，本年拨付20.25万元；' +
        '2015年结转项目1项，财政支持资金80万元，本年拨付10.1万元。累计带动社会投入200万元。',
    );
  });

  it('says only the totals for an empty ledger', () => {
    expect(fundsParagraph(computeMetrics([], profile()))).toBe('本年共计拨付专利实施项目经费0万元。累计带动社会投入0万元。');
  });
});
