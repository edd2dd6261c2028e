import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/network-card/define.js';
import type { NetworkCard } from '../src/widgets/network-card/network-card.js';
import { LANGUAGES } from '../src/shared/strings/all.js';
import { part, untilState, widgetIn } from './support/play.js';
import { networkCard } from './support/widgets.js';

/** The card's labels and the period (written by Intl) in a few languages; the feed's own text stays English. */
const meta = {
  title: 'Network card/Languages',
  ...networkCard,
} satisfies Meta;

export default meta;
type Story = StoryObj;

function inLanguage(lang: keyof typeof LANGUAGES): Story {
  return {
    args: { lang },
    play: async ({ canvasElement }) => {
      const card = await widgetIn<NetworkCard>(canvasElement, 'network-card');
      await untilState(card, 'ready');
      await expect(part(card, '[part~="facts"]').textContent).toContain(
        LANGUAGES[lang].networkPeriod,
      );
    },
  };
}

export const Welsh: Story = { name: 'Cymraeg (cy)', ...inLanguage('cy') };
export const French: Story = { name: 'Français (fr)', ...inLanguage('fr') };
export const Hungarian: Story = { name: 'Magyar (hu)', ...inLanguage('hu') };
export const Romanian: Story = { name: 'Română (ro)', ...inLanguage('ro') };
