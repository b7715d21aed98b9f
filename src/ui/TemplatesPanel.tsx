/** 模板: insert the three input sheets, empty or with the sample data. */
import { Button, Text } from '@fluentui/react-components';
import { useLocale } from './context';
import { useSharedStyles } from './styles';

export function TemplatesPanel({
  busy,
  onInsert,
}: {
  busy: boolean;
  onInsert: (withSample: boolean) => void;
}): JSX.Element {
  const { t } = useLocale();
  const shared = useSharedStyles();
  return (
    <section className={shared.stack} aria-label={t.tabTemplates}>
      <Text>{t.templatesIntro}</Text>
      <div className={shared.row}>
        <Button appearance="primary" onClick={() => onInsert(false)} disabled={busy}>
          {t.insertTemplates}
        </Button>
        <Button onClick={() => onInsert(true)} disabled={busy}>
          {t.loadSample}
        </Button>
      </div>
    </section>
  );
}
