import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/widgets/city-profile/define.js';
import type { CityProfile } from '../src/widgets/city-profile/city-profile.js';
import { LANGUAGES } from '../src/shared/strings/all.js';
import { feedUrl } from './support/feeds.js';
import { part, untilState, widgetIn } from './support/play.js';
import { cityProfile } from './support/widgets.js';

/** Cities whose feeds are written in their own language, with the interface in it too. */
const meta = {
  title: 'City profile/Languages',
  ...cityProfile,
} satisfies Meta;

export default meta;
type Story = StoryObj;

function inLanguage(lang: keyof typeof LANGUAGES, city: string): Story {
  return {
    args: {
      lang,
      city,
      src: [feedUrl(`unic/${city}.json`), feedUrl('unic/network.json')].join(' '),
    },
    play: async ({ canvasElement }) => {
      const profile = await widgetIn<CityProfile>(canvasElement, 'city-profile');
      await untilState(profile, 'ready');
      await expect(part(profile, '[part~="facts"]').textContent).toContain(
        LANGUAGES[lang].cityCountry,
      );
    },
  };
}

export const French: Story = { name: 'Français (fr): Limoges', ...inLanguage('fr', 'limoges') };
export const Italian: Story = { name: 'Italiano (it): Faenza', ...inLanguage('it', 'faenza') };
export const Portuguese: Story = { name: 'Português (pt): Aveiro', ...inLanguage('pt', 'aveiro') };
export const Welsh: Story = {
  name: 'Cymraeg (cy): Stoke-on-Trent',
  ...inLanguage('cy', 'stoke-on-trent'),
};
