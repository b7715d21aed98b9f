import './setup';
import { render } from '@testing-library/react';
import { FileBar } from '../../src/ui/FileBar';

describe('the file dialog', () => {
  // the reader takes these by their bytes (an .xlsm, an .et that is BIFF or a renamed .xlsx, tab text): the dialog must list them
  it.each(['台账.xlsx', '台账.xlsm', '台账.xltx', '台账.xls', '台账.et', '台账.ett', '台账.csv', '台账.txt', '台账.tsv'])('offers %s', (name) => {
    const { container } = render(<FileBar busy={false} fileName={null} canUseSample={false} onFile={() => undefined} onSample={() => undefined} />);
    const accept = container.querySelector('input[type=file]')!.getAttribute('accept')!.split(',');
    expect(accept).toContain(name.slice(name.lastIndexOf('.')));
  });
});
