export { BREAKPOINTS, IAQI_LEVELS } from './breakpoints.ts';
export { CATEGORIES, categoryOf, primaryNames, type Category } from './category.ts';
export { dailyAqi, type DailyAqi } from './daily.ts';
export { HourlyAqiCalculator, hourlyAqiOf, type HourlyAqi, type HourValues } from './hourly.ts';
export { iaqiMilli } from './iaqi.ts';
