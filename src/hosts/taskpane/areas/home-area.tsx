/** Inicio: the whole process "Relaciones con el Negocio" in seven steps and what this host adds. */
import type { JSX } from 'react';
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { AreaProps } from './area-props';
import { AreaLayout, ConnectEmptyState } from './area-layout';
import { useUiText } from '../ui-text';

const STEP_KEYS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'] as const;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  text: { margin: 0 },
});

export function HomeArea({ context }: AreaProps): JSX.Element {
  const { t } = useUiText();
  const styles = useStyles();
  return (
    <AreaLayout area="home">
      <section className={styles.section} aria-labelledby="home-steps">
        <Subtitle2 as="h3" id="home-steps" className={styles.text}>
          {t('ui:area.home.stepsTitle')}
        </Subtitle2>
        <ol className={styles.list}>
          {STEP_KEYS.map((key) => (
            <li key={key}>
              <Body1>{t(`ui:area.home.steps.${key}`)}</Body1>
            </li>
          ))}
        </ol>
      </section>
      <section className={styles.section} aria-labelledby="home-host">
        <Subtitle2 as="h3" id="home-host" className={styles.text}>
          {t('ui:area.home.hostTitle')}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {t(`ui:area.home.host.${context.host}`)}
        </Body1>
      </section>
      <ConnectEmptyState area="home" />
    </AreaLayout>
  );
}
