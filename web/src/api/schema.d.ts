// Generated from /openapi.json by `npm run api:types` (openapi-typescript). Do not edit by hand:
// change the route schemas in src/server/routes/** and run the command again; a test fails while this is stale.
export interface paths {
    "/api/air/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily values and AQI (HJ 663) of a station or a plan region, as chart series */
        get: {
            parameters: {
                query: {
                    from: string;
                    /** @description a region of the plan, by id or name */
                    region?: string;
                    station?: string;
                    /** @description inclusive, in the same year as from */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            series: {
                                /** @description HJ 633 daily AQI of a valid day (HJ 663), else null */
                                aqi: (number | null)[];
                                category: ("优" | "良" | "轻度污染" | "中度污染" | "重度污染" | "严重污染" | null)[];
                                /** @description mg/m³, one decimal */
                                co: (number | null)[];
                                date: string[];
                                no2: (number | null)[];
                                /** @description O3 daily maximum 1-hour value */
                                o3_1h: (number | null)[];
                                /** @description O3 daily maximum 8-hour mean */
                                o3_8h: (number | null)[];
                                pm10: (number | null)[];
                                pm25: (number | null)[];
                                primary: string[][];
                                so2: (number | null)[];
                            };
                            /** @description the station code or the region name */
                            subject: string;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/dust-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The days flagged as dust-affected in a year */
        get: {
            parameters: {
                query: {
                    /** @description the calendar year, e.g. 2025 */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dustDays: {
                                date: string;
                                flaggedAt: string;
                                note: string;
                                region: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * The ecology bureau flags a day as dust-affected; the evaluation then also reports figures without it (audited)
         * @description 权限:标记或撤销沙尘天(air.dustDays.flag)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @default  */
                        note?: string;
                        /**
                         * @description a plan region's name, or * for every region and station
                         * @default *
                         */
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            flaggedAt: string;
                            note: string;
                            region: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/dust-days/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The ecology bureau takes a dust flag back, with the reason (audited); the day counts again
         * @description 权限:标记或撤销沙尘天(air.dustDays.flag)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @description why the flag is taken back (audited) */
                        reason: string;
                        /**
                         * @description the region the day was flagged for, or *
                         * @default *
                         */
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            flaggedAt: string;
                            note: string;
                            region: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's evaluation (HJ 663-2013): stations, plan regions, targets, dust-excluded figures */
        get: {
            parameters: {
                query: {
                    /** @description plan: the plan regions' stations (fast); all: every station stored for the year, as `nuancheng air evaluate` lists them */
                    scope?: "plan" | "all";
                    /** @description the calendar year, e.g. 2025 */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dustDays: {
                                date: string;
                                region: string;
                            }[];
                            regions: {
                                [key: string]: {
                                    /** @description mg/m³ */
                                    coP95: number | null;
                                    /** @description the same figures without the dust-affected days */
                                    dustExcluded?: {
                                        /** @description mg/m³ */
                                        coP95: number | null;
                                        /** @description % */
                                        goodDayRatio: number | null;
                                        /** @description % */
                                        heavyDayRatio: number | null;
                                        /** @description figures with fewer daily values than HJ 663 表 2 asks */
                                        incomplete: string[];
                                        no2: number | null;
                                        o3P90: number | null;
                                        pm10: number | null;
                                        pm25: number | null;
                                        so2: number | null;
                                        validDays: number;
                                    };
                                    /** @description % */
                                    goodDayRatio: number | null;
                                    /** @description % */
                                    heavyDayRatio: number | null;
                                    /** @description figures with fewer daily values than HJ 663 表 2 asks */
                                    incomplete: string[];
                                    no2: number | null;
                                    o3P90: number | null;
                                    pm10: number | null;
                                    pm25: number | null;
                                    so2: number | null;
                                    targets: {
                                        id: string;
                                        met: boolean | null;
                                        target: string;
                                        value: number | null;
                                    }[];
                                    validDays: number;
                                };
                            };
                            stations: {
                                [key: string]: {
                                    /** @description mg/m³ */
                                    coP95: number | null;
                                    /** @description the same figures without the dust-affected days */
                                    dustExcluded?: {
                                        /** @description mg/m³ */
                                        coP95: number | null;
                                        /** @description % */
                                        goodDayRatio: number | null;
                                        /** @description % */
                                        heavyDayRatio: number | null;
                                        /** @description figures with fewer daily values than HJ 663 表 2 asks */
                                        incomplete: string[];
                                        no2: number | null;
                                        o3P90: number | null;
                                        pm10: number | null;
                                        pm25: number | null;
                                        so2: number | null;
                                        validDays: number;
                                    };
                                    /** @description % */
                                    goodDayRatio: number | null;
                                    /** @description % */
                                    heavyDayRatio: number | null;
                                    /** @description figures with fewer daily values than HJ 663 表 2 asks */
                                    incomplete: string[];
                                    no2: number | null;
                                    o3P90: number | null;
                                    pm10: number | null;
                                    pm25: number | null;
                                    so2: number | null;
                                    validDays: number;
                                };
                            };
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/hourly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A station's hours with their HJ 633 AQI, as chart series */
        get: {
            parameters: {
                query: {
                    /** @description first date (the feed's date label), inclusive */
                    from: string;
                    station: string;
                    /** @description last date, inclusive; at most 366 days after from */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            /** @description one array per quantity, index by index, as a chart takes them; µg/m³ unless noted */
                            series: {
                                /** @description HJ 633-2012 hourly AQI as the national real-time feed computes it */
                                aqi: (number | null)[];
                                category: ("优" | "良" | "轻度污染" | "中度污染" | "重度污染" | "严重污染" | null)[];
                                /** @description mg/m³ */
                                co: (number | null)[];
                                no2: (number | null)[];
                                o3: (number | null)[];
                                pm10: (number | null)[];
                                pm25: (number | null)[];
                                primary: string[][];
                                so2: (number | null)[];
                                /** @description the end of each hour, China Standard Time (hour 0 of a date is its 00:00) */
                                time: string[];
                            };
                            station: string;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import one national hourly feed file (text/csv body); a refused row names its line and stores nothing
         * @description 权限:导入空气质量数据(air.import)
         */
        post: {
            parameters: {
                query: {
                    /** @description the file name, as the feed names it; it appears in errors and the import record */
                    file: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            file: string;
                            firstHour: string | null;
                            lastHour: string | null;
                            /** @description false: the same bytes were imported before; nothing changed */
                            newFile: boolean;
                            /** @enum {boolean} */
                            ok: true;
                            stationHours: number;
                        } | {
                            column: number;
                            file: string;
                            /** @description 1-based line of the refused row (0: the file as a whole) */
                            line: number;
                            /**
                             * @description the file was refused whole: nothing of it is stored
                             * @enum {boolean}
                             */
                            ok: false;
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each station's latest hour with its HJ 633 AQI (the public page's air quality today) */
        get: {
            parameters: {
                query?: {
                    /** @description the city of the stations; default: the air plan's city-wide region (its first region) */
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stations: {
                                code: string;
                                /** @description the latest stored hour; null when the station has none */
                                latest: {
                                    aqi: number | null;
                                    /** @enum {string|null} */
                                    category: "优" | "良" | "轻度污染" | "中度污染" | "重度污染" | "严重污染" | null;
                                    primary: string[];
                                    /** @description the end of the hour, China Standard Time */
                                    time: string;
                                } | null;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The national air monitoring stations in the store */
        get: {
            parameters: {
                query?: {
                    /** @description e.g. 鄂尔多斯 */
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stations: {
                                city: string;
                                code: string;
                                lat: number | null;
                                /** @description WGS84 degrees; null where the station list gives none */
                                lon: number | null;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/air/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Year-to-date tracking: each target now, and what the rest of the year must hold */
        get: {
            parameters: {
                query: {
                    /** @description the last day counted; default the last day of the year with stored data */
                    asOf?: string;
                    /** @description the calendar year, e.g. 2025 */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string | null;
                            regions: {
                                id: string | null;
                                name: string;
                                stations: string[];
                                targets: {
                                    achievable: boolean | null;
                                    clause: string;
                                    heavyDaysAffordable?: number | null;
                                    id: string;
                                    indicator: string;
                                    met: boolean | null;
                                    /** @description non-good days the rest of the year can still afford */
                                    nonGoodDaysAffordable?: number | null;
                                    note?: string;
                                    remainingDays: number;
                                    /** @description µg/m³ the remaining days may average at most */
                                    remainingMeanMax?: number | null;
                                    target: string;
                                    value: number | null;
                                }[];
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stored assessments, newest first, a page at a time; with latest=true the newest grading itself (404 when none)
         * @description 权限:查看分级结果(assessments.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description true: answer the newest grading itself (continuous or requested, not a backfill), not a page */
                    latest?: "true" | "false";
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: {
                                at: string;
                                createdAt: string;
                                createdBy: string | null;
                                /** Format: uuid */
                                id: string;
                                overall: {
                                    hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                    /** @enum {string|null} */
                                    level: "I" | "II" | "III" | "IV" | null;
                                };
                                plan: {
                                    contentHash: string;
                                    id: string;
                                    version: string;
                                };
                                /**
                                 * @description request: a person asked; observations: the continuous grading; backfill: a past period re-run
                                 * @enum {string}
                                 */
                                source: "request" | "observations" | "backfill";
                            }[];
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                        } | {
                            at: string;
                            /** @description when it was graded and stored, ISO 8601 UTC */
                            createdAt: string;
                            createdBy: string | null;
                            hazards: {
                                [key: string]: {
                                    /** @description the level's clause, or the hazard's section when no level holds */
                                    clause: string;
                                    /** @description when no level holds: the highest share reached toward the lowest level */
                                    closest?: {
                                        clause: string;
                                        /** @enum {string} */
                                        level: "I" | "II" | "III" | "IV";
                                        needed: number;
                                        /** @enum {string} */
                                        route: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                        share: number;
                                    };
                                    /** @enum {string} */
                                    color?: "blue" | "yellow" | "orange" | "red";
                                    /** @description the best coverage of the hazard's routes */
                                    coverage: number;
                                    /** @description the routes of the level reached, or of the lowest level when none is */
                                    evidence: {
                                        amounts: {
                                            met: number;
                                            total: number;
                                            /** @enum {string} */
                                            unit: "km²" | "stations";
                                            valid: number;
                                        };
                                        /** @enum {string} */
                                        basis: "area" | "agriArea" | "stationCount";
                                        clause: string;
                                        /** @description valid / all, by the same basis */
                                        coverage: number;
                                        holds: boolean;
                                        /** @enum {string} */
                                        level: "I" | "II" | "III" | "IV";
                                        met: {
                                            count: number;
                                            /** @description the first of them, in input order */
                                            ids: string[];
                                        };
                                        needed: number;
                                        /** @description share ≥ needed, compared exactly */
                                        reached: boolean;
                                        requires: {
                                            actual: boolean | number;
                                            holds: boolean;
                                            is?: boolean;
                                            /** @enum {string} */
                                            op?: ">=" | ">" | "<=" | "<";
                                            trend: string;
                                            value?: number;
                                        }[];
                                        /** @enum {string} */
                                        route: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                        season?: {
                                            /** @description MM-DD of `at` in the season's time zone */
                                            date: string;
                                            inSeason: boolean;
                                            timeZone: string;
                                            windows: {
                                                from: string;
                                                name: string;
                                                to: string;
                                            }[];
                                        };
                                        /** @description met / valid; null when nothing had a valid value */
                                        share: number | null;
                                        /** @description when the route has a single threshold */
                                        threshold?: number | string;
                                        thresholds: {
                                            /** @description daily values that must all meet it */
                                            days?: number;
                                            field: string;
                                            force?: number;
                                            /** @enum {string} */
                                            op: ">=" | ">" | "<=" | "<";
                                            unit: string;
                                            /** @description the threshold; for a wind force, the lower bound of that force in m/s */
                                            value: number | string;
                                        }[];
                                        /** @description coverage reaches the plan's minimum */
                                        usable: boolean;
                                    }[];
                                    /** @enum {string|null} */
                                    level: "I" | "II" | "III" | "IV" | null;
                                    levelZh?: string;
                                    /**
                                     * @description the route that made the level
                                     * @enum {string}
                                     */
                                    route?: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                    /** @enum {string} */
                                    status: "graded" | "insufficient-data";
                                    zh: string;
                                };
                            };
                            /** Format: uuid */
                            id: string;
                            /** @description the situation it graded, as validated (defaults filled in) */
                            input: unknown;
                            overall: {
                                clause: string;
                                /** @enum {string} */
                                color?: "blue" | "yellow" | "orange" | "red";
                                /** @description the hazards at the overall level, in the order of the nine keys */
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                            };
                            plan: {
                                id: string;
                                version: string;
                            };
                            /** @description sha256 of the plan text that graded it (see /api/plans) */
                            planContentHash: string;
                            /**
                             * @description request: a person asked; observations: the continuous grading; backfill: a past period re-run
                             * @enum {string}
                             */
                            source: "request" | "observations" | "backfill";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Grade a weather situation by plan 8.2 and 4.3 (as `nuancheng assess`) and store it with the plan that graded it
         * @description 权限:提交天气形势并分级(assessments.create)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description a weather situation (contracts/assess.md) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 8601; without an offset it is Asia/Shanghai time */
                        at: string;
                        /** @default [] */
                        stations?: {
                            id: string;
                            /** @description observed 24 h precipitation, mm */
                            precipMm?: number | null;
                            /** @description observed 24 h snowfall, mm */
                            snowMm?: number | null;
                        }[];
                        trends?: {
                            droughtPersisting?: boolean | null;
                            /** @description whole expected duration of the fog episode, h */
                            fogExpectedHours?: number | null;
                            /** @description expected number of consecutive frost days */
                            frostExpectedDays?: number | null;
                            galePersisting?: boolean | null;
                            rainContinuing?: boolean | null;
                            rainExpanding?: boolean | null;
                            sandPersisting?: boolean | null;
                            snowContinuing?: boolean | null;
                            snowExpanding?: boolean | null;
                        } | null;
                        units: {
                            /** @default 0 */
                            agriAreaKm2?: number;
                            areaKm2: number;
                            forecast?: {
                                /** @description visibility in fog, m; null = no fog */
                                fogVisibilityM?: number | null;
                                /** @description 24 h ground minimum temperature, ℃ */
                                groundTminC?: number | null;
                                /** @description 24 h precipitation, mm */
                                precipMm?: number | null;
                                /** @description visibility in sand/dust, m; null = no sand/dust */
                                sandVisibilityM?: number | null;
                                /** @description 24 h snowfall (water equivalent), mm */
                                snowMm?: number | null;
                                /** @description daily maxima of the next 3 days, ℃ */
                                tmaxNext3dC?: number[] | null;
                                /** @description 24 h minimum air temperature, ℃ */
                                tminC?: number | null;
                                /** @description drop of the minimum temperature within 24 h, ℃, positive = colder */
                                tminDropC?: number | null;
                                /** @description gust, m/s */
                                windGustMs?: number | null;
                                /** @description mean wind, m/s */
                                windMeanMs?: number | null;
                            } | null;
                            id: string;
                            observed?: {
                                /** @enum {string|null} */
                                droughtGrade?: "none" | "light" | "moderate" | "severe" | "extreme" | null;
                                /** @description null = no fog */
                                fogVisibilityM?: number | null;
                                /** @description null = no sand/dust */
                                sandVisibilityM?: number | null;
                                /** @description observed daily maxima of the latest consecutive days, oldest first, today last, ℃ */
                                tmaxPastDaysC?: number[] | null;
                                windGustMs?: number | null;
                                windMeanMs?: number | null;
                            } | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            /** @description when it was graded and stored, ISO 8601 UTC */
                            createdAt: string;
                            createdBy: string | null;
                            /** @description 3.3.2: the warnings the grading implies, drafted for the duty officer (GET /api/warning-drafts/{id}) */
                            drafts: {
                                /** @enum {string} */
                                action: "issue" | "update" | "cancel";
                                areaCodes: string[];
                                /** @enum {string} */
                                hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                id: string;
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                            }[];
                            hazards: {
                                [key: string]: {
                                    /** @description the level's clause, or the hazard's section when no level holds */
                                    clause: string;
                                    /** @description when no level holds: the highest share reached toward the lowest level */
                                    closest?: {
                                        clause: string;
                                        /** @enum {string} */
                                        level: "I" | "II" | "III" | "IV";
                                        needed: number;
                                        /** @enum {string} */
                                        route: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                        share: number;
                                    };
                                    /** @enum {string} */
                                    color?: "blue" | "yellow" | "orange" | "red";
                                    /** @description the best coverage of the hazard's routes */
                                    coverage: number;
                                    /** @description the routes of the level reached, or of the lowest level when none is */
                                    evidence: {
                                        amounts: {
                                            met: number;
                                            total: number;
                                            /** @enum {string} */
                                            unit: "km²" | "stations";
                                            valid: number;
                                        };
                                        /** @enum {string} */
                                        basis: "area" | "agriArea" | "stationCount";
                                        clause: string;
                                        /** @description valid / all, by the same basis */
                                        coverage: number;
                                        holds: boolean;
                                        /** @enum {string} */
                                        level: "I" | "II" | "III" | "IV";
                                        met: {
                                            count: number;
                                            /** @description the first of them, in input order */
                                            ids: string[];
                                        };
                                        needed: number;
                                        /** @description share ≥ needed, compared exactly */
                                        reached: boolean;
                                        requires: {
                                            actual: boolean | number;
                                            holds: boolean;
                                            is?: boolean;
                                            /** @enum {string} */
                                            op?: ">=" | ">" | "<=" | "<";
                                            trend: string;
                                            value?: number;
                                        }[];
                                        /** @enum {string} */
                                        route: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                        season?: {
                                            /** @description MM-DD of `at` in the season's time zone */
                                            date: string;
                                            inSeason: boolean;
                                            timeZone: string;
                                            windows: {
                                                from: string;
                                                name: string;
                                                to: string;
                                            }[];
                                        };
                                        /** @description met / valid; null when nothing had a valid value */
                                        share: number | null;
                                        /** @description when the route has a single threshold */
                                        threshold?: number | string;
                                        thresholds: {
                                            /** @description daily values that must all meet it */
                                            days?: number;
                                            field: string;
                                            force?: number;
                                            /** @enum {string} */
                                            op: ">=" | ">" | "<=" | "<";
                                            unit: string;
                                            /** @description the threshold; for a wind force, the lower bound of that force in m/s */
                                            value: number | string;
                                        }[];
                                        /** @description coverage reaches the plan's minimum */
                                        usable: boolean;
                                    }[];
                                    /** @enum {string|null} */
                                    level: "I" | "II" | "III" | "IV" | null;
                                    levelZh?: string;
                                    /**
                                     * @description the route that made the level
                                     * @enum {string}
                                     */
                                    route?: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                    /** @enum {string} */
                                    status: "graded" | "insufficient-data";
                                    zh: string;
                                };
                            };
                            /** Format: uuid */
                            id: string;
                            overall: {
                                clause: string;
                                /** @enum {string} */
                                color?: "blue" | "yellow" | "orange" | "red";
                                /** @description the hazards at the overall level, in the order of the nine keys */
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                            };
                            plan: {
                                id: string;
                                version: string;
                            };
                            /** @description sha256 of the plan text that graded it (see /api/plans) */
                            planContentHash: string;
                            /** @description 4.2(1): the proposal made because the overall level differs from the response in force; null when it agrees */
                            proposal: {
                                /** @description false: the same change was already pending */
                                created: boolean;
                                id: string;
                                /** @enum {string} */
                                orderKind: "activate" | "upgrade" | "downgrade" | "terminate";
                                signerRole: string;
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One stored assessment: the result, the situation it graded and the plan that graded it
         * @description 权限:查看分级结果(assessments.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            /** @description when it was graded and stored, ISO 8601 UTC */
                            createdAt: string;
                            createdBy: string | null;
                            hazards: {
                                [key: string]: {
                                    /** @description the level's clause, or the hazard's section when no level holds */
                                    clause: string;
                                    /** @description when no level holds: the highest share reached toward the lowest level */
                                    closest?: {
                                        clause: string;
                                        /** @enum {string} */
                                        level: "I" | "II" | "III" | "IV";
                                        needed: number;
                                        /** @enum {string} */
                                        route: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                        share: number;
                                    };
                                    /** @enum {string} */
                                    color?: "blue" | "yellow" | "orange" | "red";
                                    /** @description the best coverage of the hazard's routes */
                                    coverage: number;
                                    /** @description the routes of the level reached, or of the lowest level when none is */
                                    evidence: {
                                        amounts: {
                                            met: number;
                                            total: number;
                                            /** @enum {string} */
                                            unit: "km²" | "stations";
                                            valid: number;
                                        };
                                        /** @enum {string} */
                                        basis: "area" | "agriArea" | "stationCount";
                                        clause: string;
                                        /** @description valid / all, by the same basis */
                                        coverage: number;
                                        holds: boolean;
                                        /** @enum {string} */
                                        level: "I" | "II" | "III" | "IV";
                                        met: {
                                            count: number;
                                            /** @description the first of them, in input order */
                                            ids: string[];
                                        };
                                        needed: number;
                                        /** @description share ≥ needed, compared exactly */
                                        reached: boolean;
                                        requires: {
                                            actual: boolean | number;
                                            holds: boolean;
                                            is?: boolean;
                                            /** @enum {string} */
                                            op?: ">=" | ">" | "<=" | "<";
                                            trend: string;
                                            value?: number;
                                        }[];
                                        /** @enum {string} */
                                        route: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                        season?: {
                                            /** @description MM-DD of `at` in the season's time zone */
                                            date: string;
                                            inSeason: boolean;
                                            timeZone: string;
                                            windows: {
                                                from: string;
                                                name: string;
                                                to: string;
                                            }[];
                                        };
                                        /** @description met / valid; null when nothing had a valid value */
                                        share: number | null;
                                        /** @description when the route has a single threshold */
                                        threshold?: number | string;
                                        thresholds: {
                                            /** @description daily values that must all meet it */
                                            days?: number;
                                            field: string;
                                            force?: number;
                                            /** @enum {string} */
                                            op: ">=" | ">" | "<=" | "<";
                                            unit: string;
                                            /** @description the threshold; for a wind force, the lower bound of that force in m/s */
                                            value: number | string;
                                        }[];
                                        /** @description coverage reaches the plan's minimum */
                                        usable: boolean;
                                    }[];
                                    /** @enum {string|null} */
                                    level: "I" | "II" | "III" | "IV" | null;
                                    levelZh?: string;
                                    /**
                                     * @description the route that made the level
                                     * @enum {string}
                                     */
                                    route?: "forecast-area" | "observed-area" | "observed-and-forecast-area" | "stations";
                                    /** @enum {string} */
                                    status: "graded" | "insufficient-data";
                                    zh: string;
                                };
                            };
                            /** Format: uuid */
                            id: string;
                            /** @description the situation it graded, as validated (defaults filled in) */
                            input: unknown;
                            overall: {
                                clause: string;
                                /** @enum {string} */
                                color?: "blue" | "yellow" | "orange" | "red";
                                /** @description the hazards at the overall level, in the order of the nine keys */
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                            };
                            plan: {
                                id: string;
                                version: string;
                            };
                            /** @description sha256 of the plan text that graded it (see /api/plans) */
                            planContentHash: string;
                            /**
                             * @description request: a person asked; observations: the continuous grading; backfill: a past period re-run
                             * @enum {string}
                             */
                            source: "request" | "observations" | "backfill";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of one subject, oldest first
         * @description 权限:查看审计记录(audit.read)
         */
        get: {
            parameters: {
                query: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    subjectId: string;
                    subjectType: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                actor: string;
                                at: string;
                                hash: string;
                                payload: unknown;
                                seq: number;
                                subjectId: string;
                                subjectType: string;
                            }[];
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first, a page at a time (limit, cursor → next); filter by action, subject, actor
         * @description 权限:查看审计记录(audit.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description an action or its prefix, e.g. warning. or response.order */
                    action?: string;
                    /** @description as recorded, e.g. dutyOfficer:zhang */
                    actor?: string;
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    subjectType?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                at: string;
                                hash: string;
                                payload: unknown;
                                seq: number;
                                subjectId: string;
                                subjectType: string;
                            }[];
                            /** @description cursor of the next (older) page; null at the start of the log */
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the whole hash chain (and its anchors, with the audit key); names the first altered entry
         * @description 权限:校验审计链(audit.verify)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the anchors were checked too (an audit key is configured) */
                            anchored: boolean;
                            entries: number;
                            firstBad?: {
                                reason: string;
                                seq: number;
                            };
                            headHash?: string;
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; returns a session token (12 h) and sets the session and CSRF cookies
         * @description Sets the HttpOnly session cookie and the readable `nuancheng_csrf` cookie: a state-changing request signed by the cookie carries `X-CSRF-Token` equal to it. Repeated failures lock the username and the address for a while (429).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string | null;
                            /** @description send as "Authorization: Bearer <token>"; also set as the nuancheng_session cookie */
                            token: string;
                            user: {
                                displayName: string;
                                id: string;
                                /** @enum {string} */
                                role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                                /** @description the member unit a unitLiaison speaks for */
                                unitId: string | null;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the current session (or revoke the token used)
         * @description 权限:退出登录(session.end)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions and API tokens still valid: one's own (the administrator: anyone's with ?username=)
         * @description 权限:查看 API 令牌(tokens.list)
         */
        get: {
            parameters: {
                query?: {
                    /** @description true: also the expired and revoked ones */
                    all?: "true" | "false";
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    /** @description another user's (administrator) */
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            tokens: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "session" | "api-token";
                                label: string | null;
                                revokedAt: string | null;
                                userId: string;
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Issue an API token for the signed-in user (shown once); it expires
         * @description 权限:申领 API 令牌(tokens.issue)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 有效天数 (1–365, 默认 90)
                         * @default 90
                         */
                        expiresInDays?: number;
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string | null;
                            id: string;
                            label: string;
                            /** @description shown once */
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a session or API token by its id (one's own; the administrator anyone's)
         * @description 权限:吊销 API 令牌(tokens.revoke)
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "session" | "api-token";
                            label: string | null;
                            revokedAt: string | null;
                            userId: string;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/city/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city unit registry: ids, full names, short forms, and each plan ledger’s coordinating unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coordinators: {
                                clause: string | null;
                                planId: string;
                                /** @description roles acting for the coordinating unit besides its liaison */
                                roles: ("commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest")[];
                                /** @description the coordinating unit’s full name */
                                unit: string;
                            }[];
                            units: {
                                aliases: string[];
                                id: string;
                                name: string;
                            }[];
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events for the duty room: `levels` (the continuous grading reached or changed a level) and `draft` (a warning draft made or decided)
         * @description 权限:查看预警草稿(warningDrafts.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A gridded forecast in: the JSON grid (docs/observations.md, Forecasts) or a NetCDF classic file (Content-Type application/x-netcdf); a bad one is set aside with its reason
         * @description 权限:接入格点预报(forecasts.ingest)
         */
        post: {
            parameters: {
                query?: {
                    /** @description the source, for a grid that does not name its own */
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 UTC */
                            issuedAt: string;
                            source: string;
                            /** @description false when this source and issue time were stored before (a resend changes nothing) */
                            stored: boolean;
                            validTimes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geo/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county-level divisions of 鄂尔多斯市 as GeoJSON */
        get: {
            parameters: {
                query?: {
                    /** @description gcj02: the source coordinates, for Chinese base maps */
                    crs?: "wgs84" | "gcj02";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description the datum of the coordinates (a foreign member; RFC 7946 itself assumes WGS84)
                             * @enum {string}
                             */
                            datum: "WGS84" | "GCJ-02";
                            features: {
                                geometry: {
                                    /** @description RFC 7946: outer rings counter-clockwise, holes clockwise */
                                    coordinates: (number)[][][][];
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                };
                                id: string;
                                properties: {
                                    /** @description geodesic area on the WGS84 ellipsoid, km² */
                                    areaKm2: number;
                                    /** @description GB/T 2260 code, e.g. 150602 */
                                    code: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geo/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The division holding a WGS84 point */
        get: {
            parameters: {
                query: {
                    /** @description WGS84 latitude, degrees */
                    lat: string;
                    /** @description WGS84 longitude, degrees */
                    lon: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            division: {
                                /** @description geodesic area on the WGS84 ellipsoid, km² */
                                areaKm2: number;
                                /** @description GB/T 2260 code, e.g. 150602 */
                                code: string;
                                name: string;
                            };
                            lat: number;
                            lon: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geo/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The national surface weather stations in the city */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stations: {
                                altM: number;
                                divisionCode: string;
                                /** @description CMA station number (区站号) */
                                id: string;
                                lat: number;
                                lon: number;
                                name: string;
                                /** @description 基本站, 基准站 or 一般站 */
                                stationType: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units' ledger contacts (liaisons and heads), of one unit when asked
         * @description 权限:查看单位台账联系人(ledger.contacts.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description a unit id, full name or short form */
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contacts: {
                                email: string | null;
                                /**
                                 * @description liaison: reminders before and on the deadline; head: escalation
                                 * @enum {string}
                                 */
                                kind: "liaison" | "head";
                                name: string;
                                phone: string | null;
                                unit: string;
                                unitId: string;
                                updatedAt: string;
                                updatedBy: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/contacts/{unit}/{kind}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Adds a unit's liaison or head, or replaces the phone and e-mail of one of that name
         * @description 权限:维护单位台账联系人(ledger.contacts.manage)
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description liaison: reminders before and on the deadline; head: escalation */
                    kind: "liaison" | "head";
                    name: string;
                    /** @description a unit id, full name or short form */
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string | null;
                        /** @description an 11-digit mainland mobile number */
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string | null;
                            /**
                             * @description liaison: reminders before and on the deadline; head: escalation
                             * @enum {string}
                             */
                            kind: "liaison" | "head";
                            name: string;
                            phone: string | null;
                            unit: string;
                            unitId: string;
                            updatedAt: string;
                            updatedBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Removes a unit's contact
         * @description 权限:维护单位台账联系人(ledger.contacts.manage)
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description liaison: reminders before and on the deadline; head: escalation */
                    kind: "liaison" | "head";
                    name: string;
                    /** @description a unit id, full name or short form */
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            removed: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An evidence file, as uploaded
         * @description 权限:查看督查督办台账(ledger.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger as .xlsx in the import layout plus 当前环节 and 状态, by plan, year, action or unit
         * @description 权限:查看督查督办台账(ledger.read)
         */
        get: {
            parameters: {
                query: {
                    action?: string;
                    plan: string;
                    unit?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The yearly task table (.xlsx body, the layout of contracts/ledger.md) into the ledger; any bad row stores nothing and each is named
         * @description 权限:导入或生成年度任务台账(ledger.import)
         */
        post: {
            parameters: {
                query: {
                    /** @description the file name, for the audit entry and the messages */
                    file?: string;
                    plan: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            /** @description every task of the file */
                            imported: number;
                            /** @description tasks already there whose text, units or deadline changed (node and history kept) */
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "invalid_ledger_file";
                                message: string;
                                path: string | null;
                                /** @description every bad cell (sheet and cell, e.g. 2025年!D9) or the file itself (no cell); nothing was stored */
                                problems: {
                                    cell: string | null;
                                    reason: string;
                                    sheet: string | null;
                                }[];
                            };
                        } | {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every plan target with its unit, latest value and trajectory (on track / at risk / missed)
         * @description 权限:查看台账指标及趋势(ledger.indicators.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description the day to read trajectories on (default: today, Asia/Shanghai) */
                    asOf?: string;
                    plan?: string;
                    /** @description full name or short form */
                    unit?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicators: {
                                asOf: string;
                                clause: string;
                                /** @description null for a qualitative target */
                                goal: {
                                    /** @enum {string} */
                                    comparison: "gte" | "lte" | "eq";
                                    due: string;
                                    value: number;
                                } | null;
                                latest: {
                                    period: string | null;
                                    periodEnd: string | null;
                                    value: number;
                                } | null;
                                metric: string | null;
                                planId: string;
                                region: string | null;
                                /**
                                 * @description reported by its unit, or the air evaluation itself
                                 * @enum {string}
                                 */
                                source: "reported" | "airEvaluation";
                                targetId: string;
                                text: string;
                                trajectory: {
                                    /** @description rule I4: where the straight path to the target stands */
                                    expected: number | null;
                                    latest: number | null;
                                    reason: string;
                                    /** @description the rule that decided (I1–I5 reported values, A1–A4 air evaluation; docs/ledger.md) */
                                    rule: string;
                                    /**
                                     * @description on track / at risk / missed / no data
                                     * @enum {string}
                                     */
                                    status: "onTrack" | "atRisk" | "missed" | "noData";
                                } | null;
                                /** @description the unit that answers for the target; null until assigned */
                                unit: string | null;
                                /** @description 件, µg/m³, %… */
                                unitOfMeasure: string | null;
                                /** @description the year the target is due */
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/indicators/{plan}/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One target with its trajectory as of a day
         * @description 权限:查看台账指标及趋势(ledger.indicators.read)
         */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    plan: string;
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            clause: string;
                            /** @description null for a qualitative target */
                            goal: {
                                /** @enum {string} */
                                comparison: "gte" | "lte" | "eq";
                                due: string;
                                value: number;
                            } | null;
                            latest: {
                                period: string | null;
                                periodEnd: string | null;
                                value: number;
                            } | null;
                            metric: string | null;
                            planId: string;
                            region: string | null;
                            /**
                             * @description reported by its unit, or the air evaluation itself
                             * @enum {string}
                             */
                            source: "reported" | "airEvaluation";
                            targetId: string;
                            text: string;
                            trajectory: {
                                /** @description rule I4: where the straight path to the target stands */
                                expected: number | null;
                                latest: number | null;
                                reason: string;
                                /** @description the rule that decided (I1–I5 reported values, A1–A4 air evaluation; docs/ledger.md) */
                                rule: string;
                                /**
                                 * @description on track / at risk / missed / no data
                                 * @enum {string}
                                 */
                                status: "onTrack" | "atRisk" | "missed" | "noData";
                            } | null;
                            /** @description the unit that answers for the target; null until assigned */
                            unit: string | null;
                            /** @description 件, µg/m³, %… */
                            unitOfMeasure: string | null;
                            /** @description the year the target is due */
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/indicators/{plan}/{target}/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The plan's coordinator names the unit that answers for a target
         * @description 权限:确定指标的责任单位(ledger.indicators.assign)
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    target: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description full name or short form */
                        unit: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: string;
                            previous: string | null;
                            targetId: string;
                            unit: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/indicators/{plan}/{target}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A target's reported values, newest report first (corrections kept)
         * @description 权限:查看台账指标及趋势(ledger.indicators.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    plan: string;
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            values: {
                                evidence: string;
                                id: string;
                                note: string | null;
                                period: string;
                                periodEnd: string;
                                planId: string;
                                planVersion: string;
                                reportedAt: string;
                                reportedBy: string;
                                source: string;
                                targetId: string;
                                unit: string;
                                value: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * The target's unit reports a value for a period, with source and evidence (not for air targets)
         * @description 权限:报送指标数值(ledger.indicators.report)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    plan: string;
                    target: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 佐证材料:文号、文件名或地址 */
                        evidence: string;
                        note?: string;
                        /** @description 报送期,如 2025年上半年、2025-06 */
                        period: string;
                        /** @description 报送期的最后一天 */
                        periodEnd: string;
                        /** @description 数据来源 */
                        source: string;
                        /** @description 数值,单位同指标 */
                        value: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            evidence: string;
                            id: string;
                            note: string | null;
                            period: string;
                            periodEnd: string;
                            planId: string;
                            planVersion: string;
                            reportedAt: string;
                            reportedBy: string;
                            source: string;
                            targetId: string;
                            unit: string;
                            value: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's scorecards, ranked, each explained line by line (the scoring rule is data)
         * @description 权限:查看督查考核得分及排名(ledger.scorecards.read)
         */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            rule: {
                                contentHash: string;
                                id: string;
                                source: string;
                                title: string;
                                version: string;
                            };
                            scorecards: {
                                base: number;
                                bounded: boolean;
                                facts: {
                                    [key: string]: number;
                                };
                                lines: {
                                    capped: boolean;
                                    count: number;
                                    fact: string;
                                    points: number;
                                    /** @description the line of the scoring rule (plans/city/ledger-scoring.json) */
                                    rule: string;
                                    weight: number;
                                    zh: string;
                                }[];
                                rank: number | null;
                                ruleId: string;
                                ruleVersion: string;
                                score: number;
                                unit: string;
                                year: number;
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/scorecards/{unit}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit's scorecard for the year with its rank
         * @description 权限:查看督查考核得分及排名(ledger.scorecards.read)
         */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            /** @description how many units the year ranks */
                            ranked: number;
                            rule: {
                                contentHash: string;
                                id: string;
                                source: string;
                                title: string;
                                version: string;
                            };
                            scorecard: {
                                base: number;
                                bounded: boolean;
                                facts: {
                                    [key: string]: number;
                                };
                                lines: {
                                    capped: boolean;
                                    count: number;
                                    fact: string;
                                    points: number;
                                    /** @description the line of the scoring rule (plans/city/ledger-scoring.json) */
                                    rule: string;
                                    weight: number;
                                    zh: string;
                                }[];
                                rank: number | null;
                                ruleId: string;
                                ruleVersion: string;
                                score: number;
                                unit: string;
                                year: number;
                            };
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The plan’s own measures (meteo: standing duties) as the year’s tasks; idempotent
         * @description 权限:导入或生成年度任务台账(ledger.import)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            seeded: number;
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ledger tasks by year then 序号, filtered by plan, year, action, measure, unit, node and light
         * @description 权限:查看督查督办台账(ledger.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description an action clause, e.g. 四(一) */
                    action?: string;
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    light?: "green" | "yellow" | "red";
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    /** @description a measure clause, e.g. 四(一)3 */
                    measure?: string;
                    node?: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                    plan?: string;
                    /** @description with unit: only as lead, or only as partner */
                    role?: "lead" | "partner";
                    /** @description a unit (full name or short form): the tasks it leads or partners in */
                    unit?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            tasks: {
                                actionClause: string;
                                assignedAt: string | null;
                                assignedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                                createdAt: string;
                                /** @description ISO date; null for ongoing tasks */
                                deadline: string | null;
                                /** @description 完成时限 as written */
                                deadlineText: string;
                                expectedResult: string | null;
                                feedbackAt: string | null;
                                feedbackBy: string | null;
                                handlingAt: string | null;
                                id: string;
                                indicatorRef: string | null;
                                /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                                lead: string[];
                                /** @enum {string} */
                                light: "green" | "yellow" | "red";
                                /** @description the plan measure the task details, e.g. 四(一)3 */
                                measureClause: string;
                                /** @enum {string} */
                                node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                                /** @description 序号 */
                                number: string;
                                ongoing: boolean;
                                /** @description 配合单位 */
                                partners: string[];
                                planId: string;
                                planVersion: string;
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                setUpAt: string | null;
                                setUpBy: string | null;
                                signedAt: string | null;
                                signedBy: string | null;
                                /** @enum {string} */
                                source: "import" | "seed" | "drill";
                                sourceRef: string;
                                /** @description 具体措施 */
                                text: string;
                                updatedAt: string;
                                year: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A task with its timeline (every node’s time and actor), reports with evidence, and returns
         * @description 权限:查看督查督办台账(ledger.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            measure: {
                                clause: string;
                                departments: string[];
                                title: string;
                            } | null;
                            reports: {
                                actor: string;
                                at: string;
                                evidence: {
                                    at: string;
                                    fileName: string;
                                    id: string;
                                    mediaType: string;
                                    reportId: string;
                                    sha256: string;
                                    size: number;
                                    taskId: string;
                                }[];
                                id: string;
                                /** @enum {string} */
                                kind: "progress" | "feedback";
                                taskId: string;
                                text: string;
                                unit: string;
                            }[];
                            returns: {
                                actor: string;
                                at: string;
                                id: string;
                                reason: string;
                                taskId: string;
                            }[];
                            task: {
                                actionClause: string;
                                assignedAt: string | null;
                                assignedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                                createdAt: string;
                                /** @description ISO date; null for ongoing tasks */
                                deadline: string | null;
                                /** @description 完成时限 as written */
                                deadlineText: string;
                                expectedResult: string | null;
                                feedbackAt: string | null;
                                feedbackBy: string | null;
                                handlingAt: string | null;
                                id: string;
                                indicatorRef: string | null;
                                /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                                lead: string[];
                                /** @enum {string} */
                                light: "green" | "yellow" | "red";
                                /** @description the plan measure the task details, e.g. 四(一)3 */
                                measureClause: string;
                                /** @enum {string} */
                                node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                                /** @description 序号 */
                                number: string;
                                ongoing: boolean;
                                /** @description 配合单位 */
                                partners: string[];
                                planId: string;
                                planVersion: string;
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                setUpAt: string | null;
                                setUpBy: string | null;
                                signedAt: string | null;
                                signedBy: string | null;
                                /** @enum {string} */
                                source: "import" | "seed" | "drill";
                                sourceRef: string;
                                /** @description 具体措施 */
                                text: string;
                                updatedAt: string;
                                year: number;
                            };
                            timeline: {
                                actor: string;
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                nodeAfter: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                                /** @enum {string|null} */
                                nodeBefore: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号" | null;
                                note: string | null;
                                seq: number;
                                taskId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 交办: the coordinator hands the task out
         * @description 权限:交办台账任务(ledger.assign)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionClause: string;
                            assignedAt: string | null;
                            assignedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            createdAt: string;
                            /** @description ISO date; null for ongoing tasks */
                            deadline: string | null;
                            /** @description 完成时限 as written */
                            deadlineText: string;
                            expectedResult: string | null;
                            feedbackAt: string | null;
                            feedbackBy: string | null;
                            handlingAt: string | null;
                            id: string;
                            indicatorRef: string | null;
                            /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                            lead: string[];
                            /** @enum {string} */
                            light: "green" | "yellow" | "red";
                            /** @description the plan measure the task details, e.g. 四(一)3 */
                            measureClause: string;
                            /** @enum {string} */
                            node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                            /** @description 序号 */
                            number: string;
                            ongoing: boolean;
                            /** @description 配合单位 */
                            partners: string[];
                            planId: string;
                            planVersion: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            setUpAt: string | null;
                            setUpBy: string | null;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            source: "import" | "seed" | "drill";
                            sourceRef: string;
                            /** @description 具体措施 */
                            text: string;
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办结销号: the coordinator closes the task
         * @description 权限:台账任务办结销号(ledger.close)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionClause: string;
                            assignedAt: string | null;
                            assignedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            createdAt: string;
                            /** @description ISO date; null for ongoing tasks */
                            deadline: string | null;
                            /** @description 完成时限 as written */
                            deadlineText: string;
                            expectedResult: string | null;
                            feedbackAt: string | null;
                            feedbackBy: string | null;
                            handlingAt: string | null;
                            id: string;
                            indicatorRef: string | null;
                            /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                            lead: string[];
                            /** @enum {string} */
                            light: "green" | "yellow" | "red";
                            /** @description the plan measure the task details, e.g. 四(一)3 */
                            measureClause: string;
                            /** @enum {string} */
                            node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                            /** @description 序号 */
                            number: string;
                            ongoing: boolean;
                            /** @description 配合单位 */
                            partners: string[];
                            planId: string;
                            planVersion: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            setUpAt: string | null;
                            setUpBy: string | null;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            source: "import" | "seed" | "drill";
                            sourceRef: string;
                            /** @description 具体措施 */
                            text: string;
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 反馈: the lead unit reports the result
         * @description 权限:报送办理进展或反馈办理结果(ledger.report)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        files?: {
                            /** @description the file, base64 (at most 10 MiB decoded) */
                            contentBase64: string;
                            fileName: string;
                            /** @default application/octet-stream */
                            mediaType?: string;
                        }[];
                        /** @description 办理情况 */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionClause: string;
                            assignedAt: string | null;
                            assignedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            createdAt: string;
                            /** @description ISO date; null for ongoing tasks */
                            deadline: string | null;
                            /** @description 完成时限 as written */
                            deadlineText: string;
                            expectedResult: string | null;
                            feedbackAt: string | null;
                            feedbackBy: string | null;
                            handlingAt: string | null;
                            id: string;
                            indicatorRef: string | null;
                            /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                            lead: string[];
                            /** @enum {string} */
                            light: "green" | "yellow" | "red";
                            /** @description the plan measure the task details, e.g. 四(一)3 */
                            measureClause: string;
                            /** @enum {string} */
                            node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                            /** @description 序号 */
                            number: string;
                            ongoing: boolean;
                            /** @description 配合单位 */
                            partners: string[];
                            planId: string;
                            planVersion: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            setUpAt: string | null;
                            setUpBy: string | null;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            source: "import" | "seed" | "drill";
                            sourceRef: string;
                            /** @description 具体措施 */
                            text: string;
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理: the lead unit’s liaison reports progress, with evidence files
         * @description 权限:报送办理进展或反馈办理结果(ledger.report)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        files?: {
                            /** @description the file, base64 (at most 10 MiB decoded) */
                            contentBase64: string;
                            fileName: string;
                            /** @default application/octet-stream */
                            mediaType?: string;
                        }[];
                        /** @description 办理情况 */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionClause: string;
                            assignedAt: string | null;
                            assignedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            createdAt: string;
                            /** @description ISO date; null for ongoing tasks */
                            deadline: string | null;
                            /** @description 完成时限 as written */
                            deadlineText: string;
                            expectedResult: string | null;
                            feedbackAt: string | null;
                            feedbackBy: string | null;
                            handlingAt: string | null;
                            id: string;
                            indicatorRef: string | null;
                            /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                            lead: string[];
                            /** @enum {string} */
                            light: "green" | "yellow" | "red";
                            /** @description the plan measure the task details, e.g. 四(一)3 */
                            measureClause: string;
                            /** @enum {string} */
                            node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                            /** @description 序号 */
                            number: string;
                            ongoing: boolean;
                            /** @description 配合单位 */
                            partners: string[];
                            planId: string;
                            planVersion: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            setUpAt: string | null;
                            setUpBy: string | null;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            source: "import" | "seed" | "drill";
                            sourceRef: string;
                            /** @description 具体措施 */
                            text: string;
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reminders recorded for a task: queued, or no_contact / no_channel when nothing could be sent
         * @description 权限:查看单位台账联系人(ledger.contacts.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reminders: {
                                at: string;
                                /** @enum {string} */
                                channel: "sms" | "email" | "";
                                deadline: string;
                                /** @enum {string} */
                                kind: "due" | "overdue" | "escalation";
                                messageId: string;
                                /** @description '' when the unit had no contact */
                                recipient: string;
                                /** @enum {string} */
                                status: "queued" | "no_contact" | "no_channel";
                                taskId: string;
                                unitId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复核: the coordinator accepts, or returns with a reason
         * @description 权限:复核台账任务(通过或退回)(ledger.review)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept" | "return";
                        /** @description required for a return */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionClause: string;
                            assignedAt: string | null;
                            assignedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            createdAt: string;
                            /** @description ISO date; null for ongoing tasks */
                            deadline: string | null;
                            /** @description 完成时限 as written */
                            deadlineText: string;
                            expectedResult: string | null;
                            feedbackAt: string | null;
                            feedbackBy: string | null;
                            handlingAt: string | null;
                            id: string;
                            indicatorRef: string | null;
                            /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                            lead: string[];
                            /** @enum {string} */
                            light: "green" | "yellow" | "red";
                            /** @description the plan measure the task details, e.g. 四(一)3 */
                            measureClause: string;
                            /** @enum {string} */
                            node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                            /** @description 序号 */
                            number: string;
                            ongoing: boolean;
                            /** @description 配合单位 */
                            partners: string[];
                            planId: string;
                            planVersion: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            setUpAt: string | null;
                            setUpBy: string | null;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            source: "import" | "seed" | "drill";
                            sourceRef: string;
                            /** @description 具体措施 */
                            text: string;
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/set-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 立项: the coordinator chooses the lead and partner units
         * @description 权限:台账任务立项(确定牵头单位)(ledger.setUp)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 牵头单位 (full names or short forms) */
                        lead: string[];
                        /** @default [] */
                        partners?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionClause: string;
                            assignedAt: string | null;
                            assignedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            createdAt: string;
                            /** @description ISO date; null for ongoing tasks */
                            deadline: string | null;
                            /** @description 完成时限 as written */
                            deadlineText: string;
                            expectedResult: string | null;
                            feedbackAt: string | null;
                            feedbackBy: string | null;
                            handlingAt: string | null;
                            id: string;
                            indicatorRef: string | null;
                            /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                            lead: string[];
                            /** @enum {string} */
                            light: "green" | "yellow" | "red";
                            /** @description the plan measure the task details, e.g. 四(一)3 */
                            measureClause: string;
                            /** @enum {string} */
                            node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                            /** @description 序号 */
                            number: string;
                            ongoing: boolean;
                            /** @description 配合单位 */
                            partners: string[];
                            planId: string;
                            planVersion: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            setUpAt: string | null;
                            setUpBy: string | null;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            source: "import" | "seed" | "drill";
                            sourceRef: string;
                            /** @description 具体措施 */
                            text: string;
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/tasks/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签收: the lead unit’s liaison signs for it
         * @description 权限:签收台账任务(ledger.sign)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionClause: string;
                            assignedAt: string | null;
                            assignedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            createdAt: string;
                            /** @description ISO date; null for ongoing tasks */
                            deadline: string | null;
                            /** @description 完成时限 as written */
                            deadlineText: string;
                            expectedResult: string | null;
                            feedbackAt: string | null;
                            feedbackBy: string | null;
                            handlingAt: string | null;
                            id: string;
                            indicatorRef: string | null;
                            /** @description 牵头单位 (full names); empty until 立项 where the plan names none */
                            lead: string[];
                            /** @enum {string} */
                            light: "green" | "yellow" | "red";
                            /** @description the plan measure the task details, e.g. 四(一)3 */
                            measureClause: string;
                            /** @enum {string} */
                            node: "立项" | "交办" | "签收" | "办理" | "反馈" | "复核" | "办结销号";
                            /** @description 序号 */
                            number: string;
                            ongoing: boolean;
                            /** @description 配合单位 */
                            partners: string[];
                            planId: string;
                            planVersion: string;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                            setUpAt: string | null;
                            setUpBy: string | null;
                            signedAt: string | null;
                            signedBy: string | null;
                            /** @enum {string} */
                            source: "import" | "seed" | "drill";
                            sourceRef: string;
                            /** @description 具体措施 */
                            text: string;
                            updatedAt: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user, the role in Chinese, and every operation with whether it is theirs
         * @description 权限:查看本人信息(me.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            id: string;
                            /** @description every operation, whether this user may attempt it and why not */
                            operations: {
                                allowed: boolean;
                                clause: string | null;
                                /** @enum {string} */
                                operation: "health.read" | "plans.read" | "geo.read" | "units.read" | "air.read" | "warnings.read" | "session.start" | "session.read" | "me.read" | "session.end" | "tokens.issue" | "tokens.list" | "tokens.revoke" | "users.list" | "users.create" | "users.resetPassword" | "users.deactivate" | "assessments.create" | "assessments.read" | "observations.regrade" | "observations.backfill" | "observations.replay" | "response.read" | "responses.read" | "proposals.create" | "proposals.read" | "proposals.sign" | "proposals.reject" | "tasks.read" | "tasks.acknowledge" | "tasks.escalate" | "unitReports.create" | "reports.read" | "reports.file" | "aftermath.record" | "warnings.act" | "warnings.grade" | "warningDrafts.read" | "warningDrafts.decide" | "air.dustDays.flag" | "air.import" | "air.targets.watch" | "audit.read" | "audit.verify" | "audit.anchor" | "store.backup" | "outbox.read" | "outbox.manage" | "warningOutbox.read" | "channels.read" | "subscribers.import" | "ledger.read" | "ledger.import" | "ledger.setUp" | "ledger.assign" | "ledger.sign" | "ledger.report" | "ledger.review" | "ledger.close" | "ledger.remind" | "ledger.recordDrill" | "ledger.contacts.read" | "ledger.contacts.manage" | "ledger.indicators.read" | "ledger.indicators.assign" | "ledger.indicators.report" | "ledger.scorecards.read" | "observations.ingest" | "forecasts.ingest" | "observations.rejected.read" | "situation.current.read";
                                /** @description why not (zh-CN), when not */
                                reason: string | null;
                                /** @description what the operation is, in Chinese */
                                zh: string;
                            }[];
                            /** @enum {string} */
                            role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                            /** @description the role in Chinese: 总指挥, 副总指挥, 值班员, 成员单位联络员, 生态环境局工作人员, 系统管理员 */
                            roleZh: string;
                            /** @description the member unit a unitLiaison speaks for */
                            unitId: string | null;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meteo/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meteorological plan's levels, colours, hazards, signers and response levels, for display */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            divisions: {
                                code: string;
                                name: string;
                            }[];
                            hazards: {
                                /** @description the plan clause, e.g. 3.3.1 */
                                clause: string;
                                definition: {
                                    /** @description the plan clause, e.g. 3.3.1 */
                                    clause: string;
                                    text: string;
                                };
                                /** @description the plan clause, e.g. 3.3.1 */
                                gradingClause: string;
                                /** @enum {string} */
                                key: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                /** @description the levels table 8.2 defines for this hazard */
                                levels: ("I" | "II" | "III" | "IV")[];
                                zh: string;
                            }[];
                            /** @description lowest first (3.3.1) */
                            levels: {
                                capSeverity: string;
                                /** @description the plan clause, e.g. 3.3.1 */
                                clause: string;
                                /** @description the warning colour the plan names: blue, yellow, orange, red */
                                color: string;
                                colorZh: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                severityZh: string;
                                /** @description Ⅳ级 … Ⅰ级 */
                                zh: string;
                            }[];
                            /** @description the orders of 4.3 and 4.8 and who signs them */
                            orders: {
                                /** @description the plan clause, e.g. 3.3.1 */
                                clause: string;
                                /** @enum {string} */
                                kind: "activate" | "upgrade" | "downgrade" | "terminate";
                                text: string;
                            }[];
                            plan: {
                                documentNumber: string;
                                id: string;
                                title: string;
                                version: string;
                            };
                            /** @description the measures of each response level (4.4) */
                            responseLevels: {
                                /** @description the plan clause, e.g. 3.3.1 */
                                clause: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                text: string;
                                title: string;
                            }[];
                            /** @description the people's roles and their Chinese names */
                            roles: {
                                /** @enum {string} */
                                role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                                zh: string;
                            }[];
                            /** @description who signs an order of each level (4.3) */
                            signers: {
                                /** @description the plan clause, e.g. 3.3.1 */
                                clause: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                /** @enum {string} */
                                role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                                roleZh: string;
                                text: string;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Station observations in (contracts/observations.md): each is validated on its own; bad ones are set aside with their reason
         * @description 权限:接入气象观测数据(observations.ingest)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description each one observation as contracts/observations.md fixes it; each is checked on its own */
                        observations: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description observations taken (a resend of a stored station and time counts, once) */
                            accepted: number;
                            rejected: {
                                index: number;
                                /** @description zh-CN: what is wrong */
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What was set aside (dead letters), newest first, a page at a time (limit, cursor → next)
         * @description 权限:查看被搁置的观测数据(observations.rejected.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            rejected: {
                                id: string;
                                /** @description the raw payload as received (cut at 8 KiB) */
                                payload: string;
                                reason: string;
                                /** @description ISO 8601 UTC */
                                receivedAt: string;
                                /** @enum {string} */
                                source: "http" | "mqtt" | "nats" | "file";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The configured channels (no secrets), their queues and last errors, the SMS subscriber count
         * @description 权限:查看预警发布渠道设置(channels.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoints: {
                                /** @description recipients shown to the administrator (no secrets) */
                                addresses: string[];
                                /** @description the plan channels (3.3.4) it carries */
                                channels: string[];
                                dead: number;
                                id: string;
                                kind: string;
                                lastErrors: {
                                    error: string;
                                    messages: number;
                                }[];
                                pending: number;
                                /** @description the first-report bodies (3.3.2) it reaches */
                                reportsTo: string[];
                            }[];
                            smsSubscribers: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import SMS subscribers (text/csv "phone,division_code"); any refused line and nothing is written
         * @description 权限:导入短信订阅用户(subscribers.import)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description subscribers added or moved; 0 when any line was refused */
                            imported: number;
                            lines: number;
                            problemCount: number;
                            /** @description the refused lines (the first 100); with any, nothing was written */
                            problems: {
                                line: number;
                                problem: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/warnings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A warning's messages per endpoint: sent, waiting, given up
         * @description 权限:查看预警信息的发送进度(warningOutbox.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the warning id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoints: {
                                dead: number;
                                endpointId: string;
                                /** @description webhook, email, sms, wecom; null for an endpoint no longer configured */
                                kind: string | null;
                                lastSentAt: string | null;
                                nextAttemptAt: string | null;
                                pending: number;
                                sent: number;
                            }[];
                            /** @description every message of the warning: sent, waiting (pending), given up (dead) */
                            totals: {
                                dead: number;
                                pending: number;
                                sent: number;
                            };
                            warningId: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The loaded plans and their versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plans: {
                                /** @description sha256 of the plan files; decisions cite it */
                                contentHash: string;
                                documentNumber: string;
                                id: string;
                                issuedOn: string;
                                /** @enum {string} */
                                kind: "meteo" | "air" | "quality";
                                title: string;
                                version: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan as data, every entry with the clause it comes from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description plan id, e.g. meteo-2024 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description sha256 of the plan files; decisions cite it */
                            contentHash: string;
                            documentNumber: string;
                            id: string;
                            issuedOn: string;
                            /** @enum {string} */
                            kind: "meteo" | "air" | "quality";
                            /** @description the whole plan, one key per section file, every entry with its clause */
                            plan: {
                                [key: string]: unknown;
                            };
                            title: string;
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan's published text by section, each with what implements it in the plan data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description plan id, e.g. meteo-2024 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documentNumber: string;
                            planId: string;
                            sections: {
                                /** @description the anchor: 8.2.2, 四(三)2 */
                                clause: string;
                                depth: number;
                                heading: string;
                                /** @description the plan-data entries that implement this section */
                                implementedBy: {
                                    /** @description the clause the entry cites, as precisely as it does */
                                    clause: string;
                                    label: string;
                                    /** @description where the entry is in the plan data (GET /api/plans/{id}) */
                                    path: string;
                                }[];
                                paragraphs: string[];
                            }[];
                            source: string;
                            title: string;
                            /** @description entries citing a clause the published text lacks */
                            unplaced: {
                                /** @description the clause the entry cites, as precisely as it does */
                                clause: string;
                                label: string;
                                /** @description where the entry is in the plan data (GET /api/plans/{id}) */
                                path: string;
                            }[];
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proposals, newest first
         * @description 权限:查看应急响应建议(proposals.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    status?: "pending" | "signed" | "rejected" | "superseded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            proposals: {
                                assessmentId: string | null;
                                conditionClause: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @enum {string|null} */
                                fromLevel: "I" | "II" | "III" | "IV" | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                id: string;
                                justification: string | null;
                                /** @enum {string} */
                                orderKind: "activate" | "upgrade" | "downgrade" | "terminate";
                                planVersion: string;
                                proposedAt: string;
                                proposedBy: string;
                                rejectionReason: string | null;
                                responseId: string | null;
                                /** @description the role that must sign (4.3, 4.8) */
                                signerRole: string;
                                /** @enum {string} */
                                source: "grading" | "assessment" | "regionResponse";
                                sourceReference: string | null;
                                /** @enum {string} */
                                status: "pending" | "signed" | "rejected" | "superseded";
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Propose a response level (4.2, 4.3); the same pending change returns the existing proposal
         * @description 权限:提出应急响应建议(proposals.create)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        hazards?: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                        /** @description required: the written assessment */
                        justification: string;
                        /**
                         * @description 综合评估 (4.2(3), 4.3): a person's overall assessment
                         * @enum {string}
                         */
                        source: "assessment";
                        /**
                         * @description the level to respond at; null proposes ending the response
                         * @enum {string|null}
                         */
                        targetLevel: "I" | "II" | "III" | "IV" | null;
                    } | {
                        /** @default [] */
                        hazards?: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                        justification?: string;
                        /**
                         * @description 4.2(2): the autonomous region's response covers the city
                         * @enum {string}
                         */
                        source: "regionResponse";
                        /** @description the region's order, e.g. its document number */
                        sourceReference: string;
                        /** @enum {string|null} */
                        targetLevel: "I" | "II" | "III" | "IV" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: the same change was already pending; this is that proposal */
                            created: boolean;
                            proposal: {
                                assessmentId: string | null;
                                conditionClause: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @enum {string|null} */
                                fromLevel: "I" | "II" | "III" | "IV" | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                id: string;
                                justification: string | null;
                                /** @enum {string} */
                                orderKind: "activate" | "upgrade" | "downgrade" | "terminate";
                                planVersion: string;
                                proposedAt: string;
                                proposedBy: string;
                                rejectionReason: string | null;
                                responseId: string | null;
                                /** @description the role that must sign (4.3, 4.8) */
                                signerRole: string;
                                /** @enum {string} */
                                source: "grading" | "assessment" | "regionResponse";
                                sourceReference: string | null;
                                /** @enum {string} */
                                status: "pending" | "signed" | "rejected" | "superseded";
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false: the same change was already pending; this is that proposal */
                            created: boolean;
                            proposal: {
                                assessmentId: string | null;
                                conditionClause: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @enum {string|null} */
                                fromLevel: "I" | "II" | "III" | "IV" | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                id: string;
                                justification: string | null;
                                /** @enum {string} */
                                orderKind: "activate" | "upgrade" | "downgrade" | "terminate";
                                planVersion: string;
                                proposedAt: string;
                                proposedBy: string;
                                rejectionReason: string | null;
                                responseId: string | null;
                                /** @description the role that must sign (4.3, 4.8) */
                                signerRole: string;
                                /** @enum {string} */
                                source: "grading" | "assessment" | "regionResponse";
                                sourceReference: string | null;
                                /** @enum {string} */
                                status: "pending" | "signed" | "rejected" | "superseded";
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One proposal
         * @description 权限:查看应急响应建议(proposals.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessmentId: string | null;
                            conditionClause: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            /** @enum {string|null} */
                            fromLevel: "I" | "II" | "III" | "IV" | null;
                            hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                            id: string;
                            justification: string | null;
                            /** @enum {string} */
                            orderKind: "activate" | "upgrade" | "downgrade" | "terminate";
                            planVersion: string;
                            proposedAt: string;
                            proposedBy: string;
                            rejectionReason: string | null;
                            responseId: string | null;
                            /** @description the role that must sign (4.3, 4.8) */
                            signerRole: string;
                            /** @enum {string} */
                            source: "grading" | "assessment" | "regionResponse";
                            sourceReference: string | null;
                            /** @enum {string} */
                            status: "pending" | "signed" | "rejected" | "superseded";
                            /** @enum {string|null} */
                            toLevel: "I" | "II" | "III" | "IV" | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a proposal, with the reason
         * @description 权限:驳回应急响应建议(proposals.reject)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessmentId: string | null;
                            conditionClause: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            /** @enum {string|null} */
                            fromLevel: "I" | "II" | "III" | "IV" | null;
                            hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                            id: string;
                            justification: string | null;
                            /** @enum {string} */
                            orderKind: "activate" | "upgrade" | "downgrade" | "terminate";
                            planVersion: string;
                            proposedAt: string;
                            proposedBy: string;
                            rejectionReason: string | null;
                            responseId: string | null;
                            /** @description the role that must sign (4.3, 4.8) */
                            signerRole: string;
                            /** @enum {string} */
                            source: "grading" | "assessment" | "regionResponse";
                            sourceReference: string | null;
                            /** @enum {string} */
                            status: "pending" | "signed" | "rejected" | "superseded";
                            /** @enum {string|null} */
                            toLevel: "I" | "II" | "III" | "IV" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a proposal into an order: only the role 4.3 names for its level
         * @description 权限:签发应急响应命令(proposals.sign)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: {
                                clause: string;
                                /** @enum {string|null} */
                                fromLevel: "I" | "II" | "III" | "IV" | null;
                                id: string;
                                /** @enum {string} */
                                kind: "activate" | "upgrade" | "downgrade" | "terminate";
                                planVersion: string;
                                proposalId: string;
                                responseId: string;
                                signedAt: string;
                                signedBy: string;
                                signerRole: string;
                                title: string;
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            };
                            response: {
                                endedAt: string | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                /** @enum {string} */
                                highestLevel: "I" | "II" | "III" | "IV";
                                id: string;
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                                planId: string;
                                planVersion: string;
                                startedAt: string;
                                /** @enum {string} */
                                status: "active" | "ended";
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reports the plan requires (3.3.2, 4.8, 5.2), with due times; overdue ones flagged
         * @description 权限:查看应报送的报告(reports.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    open?: "true" | "false";
                    response?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            reports: {
                                clause: string;
                                content: string | null;
                                dueAt: string | null;
                                filedAt: string | null;
                                filedBy: string | null;
                                id: string;
                                kind: string;
                                orderId: string;
                                overdue: boolean;
                                responseId: string;
                                text: string;
                                to: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a required report was made
         * @description 权限:登记报告已报送(reports.file)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clause: string;
                            content: string | null;
                            dueAt: string | null;
                            filedAt: string | null;
                            filedBy: string | null;
                            id: string;
                            kind: string;
                            orderId: string;
                            overdue: boolean;
                            responseId: string;
                            text: string;
                            to: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The response in force (null when none), its orders, tasks, reports and pending proposals
         * @description 权限:查看当前应急响应(response.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orders: {
                                clause: string;
                                /** @enum {string|null} */
                                fromLevel: "I" | "II" | "III" | "IV" | null;
                                id: string;
                                /** @enum {string} */
                                kind: "activate" | "upgrade" | "downgrade" | "terminate";
                                planVersion: string;
                                proposalId: string;
                                responseId: string;
                                signedAt: string;
                                signedBy: string;
                                signerRole: string;
                                title: string;
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            }[];
                            /** @description proposals awaiting a signature (the command sees them; a liaison does not) */
                            pending: {
                                assessmentId: string | null;
                                conditionClause: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @enum {string|null} */
                                fromLevel: "I" | "II" | "III" | "IV" | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                id: string;
                                justification: string | null;
                                /** @enum {string} */
                                orderKind: "activate" | "upgrade" | "downgrade" | "terminate";
                                planVersion: string;
                                proposedAt: string;
                                proposedBy: string;
                                rejectionReason: string | null;
                                responseId: string | null;
                                /** @description the role that must sign (4.3, 4.8) */
                                signerRole: string;
                                /** @enum {string} */
                                source: "grading" | "assessment" | "regionResponse";
                                sourceReference: string | null;
                                /** @enum {string} */
                                status: "pending" | "signed" | "rejected" | "superseded";
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            }[];
                            reports: {
                                clause: string;
                                content: string | null;
                                dueAt: string | null;
                                filedAt: string | null;
                                filedBy: string | null;
                                id: string;
                                kind: string;
                                orderId: string;
                                overdue: boolean;
                                responseId: string;
                                text: string;
                                to: string[];
                            }[];
                            response: {
                                endedAt: string | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                /** @enum {string} */
                                highestLevel: "I" | "II" | "III" | "IV";
                                id: string;
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                                planId: string;
                                planVersion: string;
                                startedAt: string;
                                /** @enum {string} */
                                status: "active" | "ended";
                            } | null;
                            tasks: {
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                dueAt: string;
                                duties: {
                                    clause: string;
                                    text: string;
                                }[];
                                escalatedAt: string | null;
                                id: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                orderId: string;
                                overdue: boolean;
                                responseId: string;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "superseded" | "closed";
                                unitId: string;
                                unitName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responses, newest first
         * @description 权限:查看应急响应记录(responses.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            responses: {
                                endedAt: string | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                /** @enum {string} */
                                highestLevel: "I" | "II" | "III" | "IV";
                                id: string;
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                                planId: string;
                                planVersion: string;
                                startedAt: string;
                                /** @enum {string} */
                                status: "active" | "ended";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One response with its orders, tasks, required reports, unit reports and the 5.2 record
         * @description 权限:查看应急响应记录(responses.read)
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aftermath: {
                                clause: string;
                                record: {
                                    [key: string]: unknown;
                                };
                                recordedAt: string;
                                recordedBy: string;
                            } | null;
                            orders: {
                                clause: string;
                                /** @enum {string|null} */
                                fromLevel: "I" | "II" | "III" | "IV" | null;
                                id: string;
                                /** @enum {string} */
                                kind: "activate" | "upgrade" | "downgrade" | "terminate";
                                planVersion: string;
                                proposalId: string;
                                responseId: string;
                                signedAt: string;
                                signedBy: string;
                                signerRole: string;
                                title: string;
                                /** @enum {string|null} */
                                toLevel: "I" | "II" | "III" | "IV" | null;
                            }[];
                            reports: {
                                clause: string;
                                content: string | null;
                                dueAt: string | null;
                                filedAt: string | null;
                                filedBy: string | null;
                                id: string;
                                kind: string;
                                orderId: string;
                                overdue: boolean;
                                responseId: string;
                                text: string;
                                to: string[];
                            }[];
                            response: {
                                endedAt: string | null;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                /** @enum {string} */
                                highestLevel: "I" | "II" | "III" | "IV";
                                id: string;
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                                planId: string;
                                planVersion: string;
                                startedAt: string;
                                /** @enum {string} */
                                status: "active" | "ended";
                            } | null;
                            tasks: {
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                dueAt: string;
                                duties: {
                                    clause: string;
                                    text: string;
                                }[];
                                escalatedAt: string | null;
                                id: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                orderId: string;
                                overdue: boolean;
                                responseId: string;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "superseded" | "closed";
                                unitId: string;
                                unitName: string;
                            }[];
                            unitReports: {
                                figures: {
                                    [key: string]: number;
                                };
                                filedAt: string;
                                filedBy: string;
                                id: string;
                                kind: string;
                                text: string;
                                unitId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}/aftermath": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The investigation and evaluation record (5.2), after the response ended
         * @description 权限:记录调查评估(aftermath.record)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        causes: string;
                        improvements: string;
                        lessons: string;
                        losses: string;
                        organisedBy: string;
                        /** @default [] */
                        reportedTo?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recordedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}/unit-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member unit files a damage or situation report (4.1, 5.3)
         * @description 权限:报送灾情或工作情况(unitReports.create)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        figures?: {
                            [key: string]: number;
                        };
                        /** @enum {string} */
                        kind: "damage" | "situation";
                        text: string;
                        unitId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            filedAt: string;
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person, or null for the public */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the signed-in person with what they may do; null for the public */
                            me: {
                                displayName: string;
                                id: string;
                                /** @description every operation, whether this user may attempt it and why not */
                                operations: {
                                    allowed: boolean;
                                    clause: string | null;
                                    /** @enum {string} */
                                    operation: "health.read" | "plans.read" | "geo.read" | "units.read" | "air.read" | "warnings.read" | "session.start" | "session.read" | "me.read" | "session.end" | "tokens.issue" | "tokens.list" | "tokens.revoke" | "users.list" | "users.create" | "users.resetPassword" | "users.deactivate" | "assessments.create" | "assessments.read" | "observations.regrade" | "observations.backfill" | "observations.replay" | "response.read" | "responses.read" | "proposals.create" | "proposals.read" | "proposals.sign" | "proposals.reject" | "tasks.read" | "tasks.acknowledge" | "tasks.escalate" | "unitReports.create" | "reports.read" | "reports.file" | "aftermath.record" | "warnings.act" | "warnings.grade" | "warningDrafts.read" | "warningDrafts.decide" | "air.dustDays.flag" | "air.import" | "air.targets.watch" | "audit.read" | "audit.verify" | "audit.anchor" | "store.backup" | "outbox.read" | "outbox.manage" | "warningOutbox.read" | "channels.read" | "subscribers.import" | "ledger.read" | "ledger.import" | "ledger.setUp" | "ledger.assign" | "ledger.sign" | "ledger.report" | "ledger.review" | "ledger.close" | "ledger.remind" | "ledger.recordDrill" | "ledger.contacts.read" | "ledger.contacts.manage" | "ledger.indicators.read" | "ledger.indicators.assign" | "ledger.indicators.report" | "ledger.scorecards.read" | "observations.ingest" | "forecasts.ingest" | "observations.rejected.read" | "situation.current.read";
                                    /** @description why not (zh-CN), when not */
                                    reason: string | null;
                                    /** @description what the operation is, in Chinese */
                                    zh: string;
                                }[];
                                /** @enum {string} */
                                role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                                /** @description the role in Chinese: 总指挥, 副总指挥, 值班员, 成员单位联络员, 生态环境局工作人员, 系统管理员 */
                                roleZh: string;
                                /** @description the member unit a unitLiaison speaks for */
                                unitId: string | null;
                                username: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/situation/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The situation the stored observations give at a whole hour, in the input format of POST /api/assessments
         * @description 权限:查看由观测得出的当前天气形势(situation.current.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description a whole hour, ISO 8601 (without an offset: Beijing time); default: the latest complete hour */
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601; without an offset it is Asia/Shanghai time */
                            at: string;
                            /** @default [] */
                            stations: {
                                id: string;
                                /** @description observed 24 h precipitation, mm */
                                precipMm?: number | null;
                                /** @description observed 24 h snowfall, mm */
                                snowMm?: number | null;
                            }[];
                            trends?: {
                                droughtPersisting?: boolean | null;
                                /** @description whole expected duration of the fog episode, h */
                                fogExpectedHours?: number | null;
                                /** @description expected number of consecutive frost days */
                                frostExpectedDays?: number | null;
                                galePersisting?: boolean | null;
                                rainContinuing?: boolean | null;
                                rainExpanding?: boolean | null;
                                sandPersisting?: boolean | null;
                                snowContinuing?: boolean | null;
                                snowExpanding?: boolean | null;
                            } | null;
                            units: {
                                /** @default 0 */
                                agriAreaKm2: number;
                                areaKm2: number;
                                forecast?: {
                                    /** @description visibility in fog, m; null = no fog */
                                    fogVisibilityM?: number | null;
                                    /** @description 24 h ground minimum temperature, ℃ */
                                    groundTminC?: number | null;
                                    /** @description 24 h precipitation, mm */
                                    precipMm?: number | null;
                                    /** @description visibility in sand/dust, m; null = no sand/dust */
                                    sandVisibilityM?: number | null;
                                    /** @description 24 h snowfall (water equivalent), mm */
                                    snowMm?: number | null;
                                    /** @description daily maxima of the next 3 days, ℃ */
                                    tmaxNext3dC?: number[] | null;
                                    /** @description 24 h minimum air temperature, ℃ */
                                    tminC?: number | null;
                                    /** @description drop of the minimum temperature within 24 h, ℃, positive = colder */
                                    tminDropC?: number | null;
                                    /** @description gust, m/s */
                                    windGustMs?: number | null;
                                    /** @description mean wind, m/s */
                                    windMeanMs?: number | null;
                                } | null;
                                id: string;
                                observed?: {
                                    /** @enum {string|null} */
                                    droughtGrade?: "none" | "light" | "moderate" | "severe" | "extreme" | null;
                                    /** @description null = no fog */
                                    fogVisibilityM?: number | null;
                                    /** @description null = no sand/dust */
                                    sandVisibilityM?: number | null;
                                    /** @description observed daily maxima of the latest consecutive days, oldest first, today last, ℃ */
                                    tmaxPastDaysC?: number[] | null;
                                    windGustMs?: number | null;
                                    windMeanMs?: number | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/situation/current/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the situation rests on: every station's derivations (24 h sums, daily maxima, hot days, fog hours, Tmin drop, wind force) and what was left out and why
         * @description 权限:查看由观测得出的当前天气形势(situation.current.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description a whole hour, ISO 8601 (without an offset: Beijing time); default: the latest complete hour */
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member units' tasks, due first; a liaison sees its own unit's. Overdue ones are escalated by the server's scheduler.
         * @description 权限:查看成员单位任务(tasks.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    overdue?: "true" | "false";
                    status?: "open" | "acknowledged" | "superseded" | "closed";
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            tasks: {
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                dueAt: string;
                                duties: {
                                    clause: string;
                                    text: string;
                                }[];
                                escalatedAt: string | null;
                                id: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                orderId: string;
                                overdue: boolean;
                                responseId: string;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "superseded" | "closed";
                                unitId: string;
                                unitName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A liaison confirms its unit is on post (上岗到位)
         * @description 权限:确认上岗到位(tasks.acknowledge)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            dueAt: string;
                            duties: {
                                clause: string;
                                text: string;
                            }[];
                            escalatedAt: string | null;
                            id: string;
                            /** @enum {string} */
                            level: "I" | "II" | "III" | "IV";
                            orderId: string;
                            overdue: boolean;
                            responseId: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "superseded" | "closed";
                            unitId: string;
                            unitName: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member units of 2.1 with their 2.2.2 duties */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            units: {
                                concernsAlways: boolean;
                                duties: string;
                                hazards: ("drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog")[];
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users by username (administrator); ?inactive=true includes the deactivated
         * @description 权限:查看用户(users.list)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    inactive?: "true" | "false";
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            users: {
                                active: boolean;
                                createdAt: string;
                                deactivatedAt: string | null;
                                displayName: string;
                                id: string;
                                /** @enum {string} */
                                role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                                /** @description the member unit a unitLiaison speaks for */
                                unitId: string | null;
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user (administrator); a unitLiaison names its member unit; the password meets the policy
         * @description 权限:创建用户(users.create)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        password: string;
                        /** @enum {string} */
                        role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                        /** @default null */
                        unitId?: string | null;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            id: string;
                            /** @enum {string} */
                            role: "commander" | "deputyCommander" | "dutyOfficer" | "unitLiaison" | "ecologyOfficer" | "admin" | "ingest";
                            /** @description the member unit a unitLiaison speaks for */
                            unitId: string | null;
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user (administrator): no more sign-in; their sessions and tokens end at once
         * @description 权限:停用用户(users.deactivate)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description sessions and tokens ended */
                            revoked: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a user's new password (administrator); their sessions and tokens end
         * @description 权限:重置用户密码(users.resetPassword)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description sessions and tokens ended */
                            revoked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warning-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warning drafts, newest first (state=draft: those awaiting the duty officer)
         * @description 权限:查看预警草稿(warningDrafts.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    /** @description default: every state */
                    state?: "draft" | "confirmed" | "cancelled" | "superseded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            drafts: {
                                /** @enum {string} */
                                action: "issue" | "update" | "cancel";
                                /** @description GB/T 2260 codes of the divisions */
                                areaCodes: string[];
                                /** @description the grading that implied it */
                                assessmentId: string;
                                clause: string;
                                createdAt: string;
                                createdBy: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @description end of validity (the plan's default for the hazard, or as changed) */
                                expires: string | null;
                                /** @enum {string} */
                                hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                id: string;
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                                /** @description the message published when confirmed */
                                messageId: string | null;
                                planVersion: string;
                                /** @description what an update changes: level, area, validity */
                                reasons: string[];
                                /** @enum {string} */
                                state: "draft" | "confirmed" | "cancelled" | "superseded";
                                /** @description the warning in force an update or cancel is about; once confirmed, the warning it published */
                                warningId: string | null;
                            }[];
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warning-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One draft with what confirming it now would publish: the CAP message and each channel’s text
         * @description 权限:查看预警草稿(warningDrafts.read)
         */
        get: {
            parameters: {
                query?: {
                    /** @description preview with full-network SMS as of major impact */
                    majorImpact?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            action: "issue" | "update" | "cancel";
                            /** @description GB/T 2260 codes of the divisions */
                            areaCodes: string[];
                            /** @description the grading that implied it */
                            assessmentId: string;
                            clause: string;
                            createdAt: string;
                            createdBy: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            /** @description end of validity (the plan's default for the hazard, or as changed) */
                            expires: string | null;
                            /** @enum {string} */
                            hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                            id: string;
                            /** @enum {string|null} */
                            level: "I" | "II" | "III" | "IV" | null;
                            /** @description the message published when confirmed */
                            messageId: string | null;
                            planVersion: string;
                            /** @description null once decided, or when it could not be confirmed as it stands (see problem) */
                            preview: {
                                /** @description the CAP 1.2 message confirming now would publish */
                                capXml: string;
                                channels: ({
                                    /** @enum {string} */
                                    kind: "sms";
                                    /** @description at most 70 characters each */
                                    segments: string[];
                                } | {
                                    attachments: unknown[];
                                    /** @enum {string} */
                                    kind: "email";
                                    subject: string;
                                    text: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "wecom";
                                    markdown: string;
                                } | {
                                    body: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    kind: "webhook";
                                })[];
                                descriptionZh: string;
                                firstReport: {
                                    clause: string;
                                    to: string[];
                                };
                                fullNetworkSms: {
                                    clause: string;
                                    reason?: string;
                                    send: boolean;
                                };
                                headlineZh: string;
                            } | null;
                            problem: string | null;
                            /** @description what an update changes: level, area, validity */
                            reasons: string[];
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "cancelled" | "superseded";
                            /** @description the warning in force an update or cancel is about; once confirmed, the warning it published */
                            warningId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warning-drafts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The duty officer decides not to publish a draft, with the reason
         * @description 权限:确认、修改或取消预警草稿(warningDrafts.decide)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            action: "issue" | "update" | "cancel";
                            /** @description GB/T 2260 codes of the divisions */
                            areaCodes: string[];
                            /** @description the grading that implied it */
                            assessmentId: string;
                            clause: string;
                            createdAt: string;
                            createdBy: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            /** @description end of validity (the plan's default for the hazard, or as changed) */
                            expires: string | null;
                            /** @enum {string} */
                            hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                            id: string;
                            /** @enum {string|null} */
                            level: "I" | "II" | "III" | "IV" | null;
                            /** @description the message published when confirmed */
                            messageId: string | null;
                            planVersion: string;
                            /** @description what an update changes: level, area, validity */
                            reasons: string[];
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "cancelled" | "superseded";
                            /** @description the warning in force an update or cancel is about; once confirmed, the warning it published */
                            warningId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warning-drafts/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The duty officer changes a draft’s level, divisions or end of validity before confirming it
         * @description 权限:确认、修改或取消预警草稿(warningDrafts.decide)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        areaCodes?: string[];
                        /** @description ISO 8601 end of validity */
                        expires?: string;
                        /** @enum {string} */
                        level?: "I" | "II" | "III" | "IV";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            action: "issue" | "update" | "cancel";
                            /** @description GB/T 2260 codes of the divisions */
                            areaCodes: string[];
                            /** @description the grading that implied it */
                            assessmentId: string;
                            clause: string;
                            createdAt: string;
                            createdBy: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            /** @description end of validity (the plan's default for the hazard, or as changed) */
                            expires: string | null;
                            /** @enum {string} */
                            hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                            id: string;
                            /** @enum {string|null} */
                            level: "I" | "II" | "III" | "IV" | null;
                            /** @description the message published when confirmed */
                            messageId: string | null;
                            planVersion: string;
                            /** @description what an update changes: level, area, validity */
                            reasons: string[];
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "cancelled" | "superseded";
                            /** @description the warning in force an update or cancel is about; once confirmed, the warning it published */
                            warningId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warning-drafts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The duty officer confirms a draft: the warning is issued, updated or cancelled (3.3.2)
         * @description 权限:确认、修改或取消预警草稿(warningDrafts.decide)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 3.3.4: judged of major impact (会商研判) */
                        majorImpact?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            draft: {
                                /** @enum {string} */
                                action: "issue" | "update" | "cancel";
                                /** @description GB/T 2260 codes of the divisions */
                                areaCodes: string[];
                                /** @description the grading that implied it */
                                assessmentId: string;
                                clause: string;
                                createdAt: string;
                                createdBy: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @description end of validity (the plan's default for the hazard, or as changed) */
                                expires: string | null;
                                /** @enum {string} */
                                hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                id: string;
                                /** @enum {string|null} */
                                level: "I" | "II" | "III" | "IV" | null;
                                /** @description the message published when confirmed */
                                messageId: string | null;
                                planVersion: string;
                                /** @description what an update changes: level, area, validity */
                                reasons: string[];
                                /** @enum {string} */
                                state: "draft" | "confirmed" | "cancelled" | "superseded";
                                /** @description the warning in force an update or cancel is about; once confirmed, the warning it published */
                                warningId: string | null;
                            };
                            message: {
                                /** @description GB/T 2260 codes of the divisions */
                                areaCodes: string[];
                                /** @description path of the CAP 1.2 file */
                                cap: string;
                                clause: string;
                                descriptionZh: string;
                                expires: string | null;
                                /** @enum {string} */
                                hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                headlineZh: string;
                                /** @description GB/T 35965.1 identifier, e.g. 15060041600000_20250720080000_0 */
                                identifier: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                /** @enum {string} */
                                msgType: "Alert" | "Update" | "Cancel";
                                onset: string | null;
                                planVersion: string;
                                /** @description what an Update changed: level, area, validity */
                                reasons: string[];
                                /** @description CAP references: sender,identifier,sent */
                                references: string | null;
                                /** @description CAP form, Beijing time */
                                sent: string;
                                /** @description position in the feed (the audit entry that records the message) */
                                seq: number;
                                /**
                                 * @description Actual: real warnings; Exercise: drills and replays (演练)
                                 * @enum {string}
                                 */
                                status: "Actual" | "Exercise";
                                warningId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warnings, newest first; filter by hazard, level, area, active, or the point they cover (lat, lon) */
        get: {
            parameters: {
                query?: {
                    /** @description true: in force now; false: cancelled or expired */
                    active?: "0" | "1" | "true" | "false";
                    /** @description a division (or the city) the warning must cover */
                    area?: string;
                    /** @description opaque: the previous page's `next` */
                    cursor?: string;
                    hazard?: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                    /** @description with lon: the warnings covering this WGS84 point */
                    lat?: string;
                    level?: "I" | "II" | "III" | "IV";
                    /** @description 每页条数 (1–500, 默认 50) */
                    limit?: number;
                    /** @description WGS84 longitude, degrees */
                    lon?: string;
                    /** @description Actual: real warnings; Exercise: drills and replays (演练) */
                    status?: "Actual" | "Exercise";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 下一页的 cursor;最后一页为 null */
                            next: string | null;
                            point?: {
                                division: {
                                    code: string;
                                    name: string;
                                } | null;
                                lat: number;
                                lon: number;
                            };
                            warnings: {
                                /** @description not cancelled and not expired */
                                active: boolean;
                                areas: {
                                    code: string;
                                    name: string;
                                }[];
                                color: string;
                                createdAt: string;
                                expires: string | null;
                                /** @enum {string} */
                                hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                hazardZh: string;
                                id: string;
                                latest: {
                                    /** @description GB/T 2260 codes of the divisions */
                                    areaCodes: string[];
                                    /** @description path of the CAP 1.2 file */
                                    cap: string;
                                    clause: string;
                                    descriptionZh: string;
                                    expires: string | null;
                                    /** @enum {string} */
                                    hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                    headlineZh: string;
                                    /** @description GB/T 35965.1 identifier, e.g. 15060041600000_20250720080000_0 */
                                    identifier: string;
                                    /** @enum {string} */
                                    level: "I" | "II" | "III" | "IV";
                                    /** @enum {string} */
                                    msgType: "Alert" | "Update" | "Cancel";
                                    onset: string | null;
                                    planVersion: string;
                                    /** @description what an Update changed: level, area, validity */
                                    reasons: string[];
                                    /** @description CAP references: sender,identifier,sent */
                                    references: string | null;
                                    /** @description CAP form, Beijing time */
                                    sent: string;
                                    /** @description position in the feed (the audit entry that records the message) */
                                    seq: number;
                                    /**
                                     * @description Actual: real warnings; Exercise: drills and replays (演练)
                                     * @enum {string}
                                     */
                                    status: "Actual" | "Exercise";
                                    warningId: string;
                                };
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                levelZh: string;
                                onset: string;
                                planVersion: string;
                                /** @enum {string} */
                                state: "active" | "cancelled";
                                /**
                                 * @description Actual: real warnings; Exercise: drills and replays (演练)
                                 * @enum {string}
                                 */
                                status: "Actual" | "Exercise";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A duty officer issues, updates or cancels a warning (3.3.2, 3.3.3)
         * @description 权限:发布、更新或解除预警(warnings.act)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "issue";
                        /** @description GB/T 2260 division codes; default the whole city */
                        areaCodes?: string[];
                        /** @description ISO 8601 end of validity; default: the plan data's validity for the hazard */
                        expires?: string;
                        /** @enum {string} */
                        hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                        /** @enum {string} */
                        level: "I" | "II" | "III" | "IV";
                        /** @description 3.3.4: judged of major impact (会商研判): full-network SMS too */
                        majorImpact?: boolean;
                    } | {
                        /** @enum {string} */
                        action: "update";
                        areaCodes?: string[];
                        /** @description ISO 8601 end of validity; default: the plan data's validity for the hazard */
                        expires?: string;
                        /** @enum {string} */
                        level?: "I" | "II" | "III" | "IV";
                        majorImpact?: boolean;
                        warningId: string;
                    } | {
                        /** @enum {string} */
                        action: "cancel";
                        warningId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description GB/T 2260 codes of the divisions */
                            areaCodes: string[];
                            /** @description path of the CAP 1.2 file */
                            cap: string;
                            clause: string;
                            descriptionZh: string;
                            expires: string | null;
                            /** @enum {string} */
                            hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                            headlineZh: string;
                            /** @description GB/T 35965.1 identifier, e.g. 15060041600000_20250720080000_0 */
                            identifier: string;
                            /** @enum {string} */
                            level: "I" | "II" | "III" | "IV";
                            /** @enum {string} */
                            msgType: "Alert" | "Update" | "Cancel";
                            onset: string | null;
                            planVersion: string;
                            /** @description what an Update changed: level, area, validity */
                            reasons: string[];
                            /** @description CAP references: sender,identifier,sent */
                            references: string | null;
                            /** @description CAP form, Beijing time */
                            sent: string;
                            /** @description position in the feed (the audit entry that records the message) */
                            seq: number;
                            /**
                             * @description Actual: real warnings; Exercise: drills and replays (演练)
                             * @enum {string}
                             */
                            status: "Actual" | "Exercise";
                            warningId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A warning with all its messages, by warning id or by the identifier of one of its messages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a warning id, or a message identifier */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description not cancelled and not expired */
                            active: boolean;
                            areas: {
                                code: string;
                                name: string;
                            }[];
                            color: string;
                            createdAt: string;
                            expires: string | null;
                            /** @enum {string} */
                            hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                            hazardZh: string;
                            id: string;
                            latest: {
                                /** @description GB/T 2260 codes of the divisions */
                                areaCodes: string[];
                                /** @description path of the CAP 1.2 file */
                                cap: string;
                                clause: string;
                                descriptionZh: string;
                                expires: string | null;
                                /** @enum {string} */
                                hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                headlineZh: string;
                                /** @description GB/T 35965.1 identifier, e.g. 15060041600000_20250720080000_0 */
                                identifier: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                /** @enum {string} */
                                msgType: "Alert" | "Update" | "Cancel";
                                onset: string | null;
                                planVersion: string;
                                /** @description what an Update changed: level, area, validity */
                                reasons: string[];
                                /** @description CAP references: sender,identifier,sent */
                                references: string | null;
                                /** @description CAP form, Beijing time */
                                sent: string;
                                /** @description position in the feed (the audit entry that records the message) */
                                seq: number;
                                /**
                                 * @description Actual: real warnings; Exercise: drills and replays (演练)
                                 * @enum {string}
                                 */
                                status: "Actual" | "Exercise";
                                warningId: string;
                            };
                            /** @enum {string} */
                            level: "I" | "II" | "III" | "IV";
                            levelZh: string;
                            messages: {
                                /** @description GB/T 2260 codes of the divisions */
                                areaCodes: string[];
                                /** @description path of the CAP 1.2 file */
                                cap: string;
                                clause: string;
                                descriptionZh: string;
                                expires: string | null;
                                /** @enum {string} */
                                hazard: "drought" | "rainstorm" | "snowstorm" | "frost" | "coldWave" | "gale" | "sandstorm" | "highTemperature" | "fog";
                                headlineZh: string;
                                /** @description GB/T 35965.1 identifier, e.g. 15060041600000_20250720080000_0 */
                                identifier: string;
                                /** @enum {string} */
                                level: "I" | "II" | "III" | "IV";
                                /** @enum {string} */
                                msgType: "Alert" | "Update" | "Cancel";
                                onset: string | null;
                                planVersion: string;
                                /** @description what an Update changed: level, area, validity */
                                reasons: string[];
                                /** @description CAP references: sender,identifier,sent */
                                references: string | null;
                                /** @description CAP form, Beijing time */
                                sent: string;
                                /** @description position in the feed (the audit entry that records the message) */
                                seq: number;
                                /**
                                 * @description Actual: real warnings; Exercise: drills and replays (演练)
                                 * @enum {string}
                                 */
                                status: "Actual" | "Exercise";
                                warningId: string;
                            }[];
                            onset: string;
                            planVersion: string;
                            /** @enum {string} */
                            state: "active" | "cancelled";
                            /**
                             * @description Actual: real warnings; Exercise: drills and replays (演练)
                             * @enum {string}
                             */
                            status: "Actual" | "Exercise";
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                path: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/{ref}.cap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One message as CAP 1.2 XML: by its identifier, or the latest message of a warning by the warning id */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a warning id, or a message identifier */
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of the warnings in force (conditional GET: ETag, If-None-Match → 304) */
        get: {
            parameters: {
                query?: {
                    /** @description Actual: real warnings; Exercise: drills and replays (演练) */
                    status?: "Actual" | "Exercise";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/signing-certificate.pem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The X.509 certificate (PEM) whose key signs every CAP message (XML-DSig, RSA-SHA256); 404 when unsigned */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warnings/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: one `warning` event per committed message (resume with Last-Event-ID) */
        get: {
            parameters: {
                query?: {
                    /** @description resume after this seq (as Last-Event-ID does) */
                    after?: number;
                    /** @description Actual: real warnings; Exercise: drills and replays (演练) */
                    status?: "Actual" | "Exercise";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and store check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plans: {
                                id: string;
                                version: string;
                            }[];
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            /** @enum {string} */
                            store: "sqlite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plans: {
                                id: string;
                                version: string;
                            }[];
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            /** @enum {string} */
                            store: "sqlite" | "postgres";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
