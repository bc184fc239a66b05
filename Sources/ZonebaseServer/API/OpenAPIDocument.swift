/// The OpenAPI 3.1 description of the JSON API, served at `/api/v1/openapi.json`. A test checks real
/// responses of every endpoint against these schemas, so the document cannot drift from the code.
enum OpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.1.0",
 "info": {
  "title": "Zonebase",
  "version": "1.0.0",
  "description": "China's development zones: zones, dated events and figures extracted from documents, each with its source, and judgements over them. Reads are public; writes need a bearer token."
 },
 "servers": [
  {
   "url": "/"
  }
 ],
 "paths": {
  "/healthz": {
   "get": {
    "summary": "Liveness: the store answers.",
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/zones": {
   "get": {
    "summary": "Zones, filtered, sorted and paginated.",
    "parameters": [
     {
      "name": "province",
      "in": "query",
      "required": false,
      "description": "Only zones in this province (any case).",
      "schema": {
       "type": "string",
       "maxLength": 200
      }
     },
     {
      "name": "level",
      "in": "query",
      "required": false,
      "description": "Only zones of this level.",
      "schema": {
       "type": "string",
       "enum": [
        "national",
        "provincial",
        "municipal"
       ]
      }
     },
     {
      "name": "type",
      "in": "query",
      "required": false,
      "description": "Only zones of this type.",
      "schema": {
       "type": "string",
       "enum": [
        "high-tech",
        "economic-technological",
        "industrial-park",
        "free-trade",
        "new-area",
        "other"
       ]
      }
     },
     {
      "name": "q",
      "in": "query",
      "required": false,
      "description": "A part of the name.",
      "schema": {
       "type": "string",
       "maxLength": 200
      }
     },
     {
      "name": "sort",
      "in": "query",
      "required": false,
      "description": "Order by.",
      "schema": {
       "type": "string",
       "enum": [
        "name",
        "documents",
        "province"
       ],
       "default": "name"
      }
     },
     {
      "name": "order",
      "in": "query",
      "required": false,
      "description": "Direction.",
      "schema": {
       "type": "string",
       "enum": [
        "asc",
        "desc"
       ],
       "default": "asc"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Items per page.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 20
      }
     },
     {
      "name": "offset",
      "in": "query",
      "required": false,
      "description": "Items to skip.",
      "schema": {
       "type": "integer",
       "minimum": 0,
       "maximum": 1000000,
       "default": 0
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZonePage"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/zones/{id}": {
   "get": {
    "summary": "A zone: names, events, industries, sub-parks, and its latest figure of each metric (all figures: /figures).",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "The zone's id.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 9007199254740991
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ZoneDetail"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "404": {
      "description": "Not found.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/zones/{id}/figures": {
   "get": {
    "summary": "A zone's figures with their sources.",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "The zone's id.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 9007199254740991
      }
     },
     {
      "name": "metric",
      "in": "query",
      "required": false,
      "description": "Only this metric.",
      "schema": {
       "type": "string",
       "enum": [
        "output_value",
        "added_value",
        "profit_tax",
        "profit",
        "tax",
        "revenue",
        "gdp",
        "investment",
        "exports",
        "enterprises",
        "hitech_enterprises",
        "jobs",
        "projects",
        "area",
        "population",
        "rd_spending",
        "patents",
        "other"
       ]
      }
     },
     {
      "name": "period",
      "in": "query",
      "required": false,
      "description": "A year or period, matched as a prefix: 2011 finds 2011, 2011-12 and 2011/2015.",
      "schema": {
       "type": "string",
       "pattern": "^[0-9/-]{4,21}$"
      }
     },
     {
      "name": "status",
      "in": "query",
      "required": false,
      "description": "Only this status.",
      "schema": {
       "type": "string",
       "enum": [
        "actual",
        "target",
        "expected"
       ]
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FigureList"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "404": {
      "description": "Not found.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/zones/{id}/series": {
   "get": {
    "summary": "A zone's series of one metric, and the figures they imply.",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "The zone's id.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 9007199254740991
      }
     },
     {
      "name": "metric",
      "in": "query",
      "required": true,
      "description": "The metric.",
      "schema": {
       "type": "string",
       "enum": [
        "output_value",
        "added_value",
        "profit_tax",
        "profit",
        "tax",
        "revenue",
        "gdp",
        "investment",
        "exports",
        "enterprises",
        "hitech_enterprises",
        "jobs",
        "projects",
        "area",
        "population",
        "rd_spending",
        "patents",
        "other"
       ]
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/SeriesAnswer"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "404": {
      "description": "Not found.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/zones/{id}/events": {
   "get": {
    "summary": "A zone's dated events with their sources.",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "The zone's id.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 9007199254740991
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/EventList"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "404": {
      "description": "Not found.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/zones/{id}/targets": {
   "get": {
    "summary": "A zone's targets judged against its actuals.",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "The zone's id.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 9007199254740991
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TargetList"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "404": {
      "description": "Not found.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/targets": {
   "get": {
    "summary": "Every zone's targets judged against their actuals, a page at a time (kept judgements, judged again where figures changed).",
    "parameters": [
     {
      "name": "status",
      "in": "query",
      "required": false,
      "description": "Only targets with this status.",
      "schema": {
       "type": "string",
       "enum": [
        "met",
        "missed",
        "on_track",
        "behind",
        "not_yet_known"
       ]
      }
     },
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Items per page.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 20
      }
     },
     {
      "name": "offset",
      "in": "query",
      "required": false,
      "description": "Items to skip.",
      "schema": {
       "type": "integer",
       "minimum": 0,
       "maximum": 1000000,
       "default": 0
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TargetPage"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/documents": {
   "get": {
    "summary": "Documents, newest first.",
    "parameters": [
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Items per page.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 20
      }
     },
     {
      "name": "offset",
      "in": "query",
      "required": false,
      "description": "Items to skip.",
      "schema": {
       "type": "integer",
       "minimum": 0,
       "maximum": 1000000,
       "default": 0
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DocumentPage"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   },
   "post": {
    "summary": "Extract and store a document. Needs Authorization: Bearer $ZONEBASE_TOKEN.",
    "security": [
     {
      "bearer": []
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/DocumentUpload"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Stored as a new document.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DocumentStored"
        }
       }
      }
     },
     "200": {
      "description": "Updated, or already stored.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DocumentStored"
        }
       }
      }
     },
     "400": {
      "description": "The body is not a document upload.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "401": {
      "description": "No or wrong token.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "413": {
      "description": "The body is too large.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "422": {
      "description": "The text cannot be read.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/documents/{id}": {
   "get": {
    "summary": "A document's text and its facts with offsets.",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "The document id: the file name without its extension.",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 200
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Document"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "404": {
      "description": "Not found.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/documents/{id}/facts": {
   "get": {
    "summary": "A document's facts with byte offsets into its text.",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "The document id: the file name without its extension.",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 200
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FactList"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "404": {
      "description": "Not found.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/search": {
   "get": {
    "summary": "Documents containing all the words, best first, with snippets.",
    "parameters": [
     {
      "name": "q",
      "in": "query",
      "required": true,
      "description": "The words.",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 200
      }
     },
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "Items per page.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 100,
       "default": 20
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/SearchList"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/rankings": {
   "get": {
    "summary": "Zones ranked by a metric for a period.",
    "parameters": [
     {
      "name": "metric",
      "in": "query",
      "required": true,
      "description": "The metric.",
      "schema": {
       "type": "string",
       "enum": [
        "output_value",
        "added_value",
        "profit_tax",
        "profit",
        "tax",
        "revenue",
        "gdp",
        "investment",
        "exports",
        "enterprises",
        "hitech_enterprises",
        "jobs",
        "projects",
        "area",
        "population",
        "rd_spending",
        "patents",
        "other"
       ]
      }
     },
     {
      "name": "period",
      "in": "query",
      "required": true,
      "description": "A year or period, matched as a prefix: 2011 finds 2011, 2011-12 and 2011/2015.",
      "schema": {
       "type": "string",
       "pattern": "^[0-9/-]{4,21}$"
      }
     },
     {
      "name": "growth",
      "in": "query",
      "required": false,
      "description": "Rank by growth.",
      "schema": {
       "type": "boolean",
       "default": false
      }
     },
     {
      "name": "province",
      "in": "query",
      "required": false,
      "description": "Only zones in this province (any case).",
      "schema": {
       "type": "string",
       "maxLength": 200
      }
     },
     {
      "name": "level",
      "in": "query",
      "required": false,
      "description": "Only zones of this level.",
      "schema": {
       "type": "string",
       "enum": [
        "national",
        "provincial",
        "municipal"
       ]
      }
     },
     {
      "name": "type",
      "in": "query",
      "required": false,
      "description": "Only zones of this type.",
      "schema": {
       "type": "string",
       "enum": [
        "high-tech",
        "economic-technological",
        "industrial-park",
        "free-trade",
        "new-area",
        "other"
       ]
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/RankingList"
        }
       }
      }
     },
     "400": {
      "description": "A parameter is missing or wrong.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/conflicts": {
   "get": {
    "summary": "Facts on which sources disagree, the preferred reading first.",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ConflictList"
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/checks": {
   "get": {
    "summary": "Consistency rules' findings and claims checked against the registry.",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CheckAnswer"
        }
       }
      }
     }
    }
   }
  }
 },
 "components": {
  "schemas": {
   "Error": {
    "type": "object",
    "properties": {
     "error": {
      "type": "object",
      "properties": {
       "message": {
        "type": "string"
       },
       "status": {
        "type": "integer"
       }
      },
      "required": [
       "message",
       "status"
      ],
      "additionalProperties": false
     }
    },
    "required": [
     "error"
    ],
    "additionalProperties": false
   },
   "Health": {
    "type": "object",
    "properties": {
     "status": {
      "type": "string",
      "enum": [
       "ok"
      ]
     }
    },
    "required": [
     "status"
    ],
    "additionalProperties": false
   },
   "Zone": {
    "type": "object",
    "properties": {
     "id": {
      "type": "integer"
     },
     "name": {
      "type": "string"
     },
     "type": {
      "type": "string",
      "enum": [
       "high-tech",
       "economic-technological",
       "industrial-park",
       "free-trade",
       "new-area",
       "other"
      ]
     },
     "level": {
      "type": "string",
      "enum": [
       "national",
       "provincial",
       "municipal"
      ]
     },
     "province": {
      "type": "string"
     },
     "city": {
      "type": "string"
     },
     "parent": {
      "type": "string"
     },
     "documentCount": {
      "type": "integer"
     },
     "nameZH": {
      "type": "string"
     },
     "registryName": {
      "type": "string"
     },
     "registryNationalDate": {
      "type": "string"
     }
    },
    "required": [
     "id",
     "name",
     "type",
     "documentCount"
    ],
    "additionalProperties": false
   },
   "ZonePage": {
    "type": "object",
    "properties": {
     "total": {
      "type": "integer"
     },
     "limit": {
      "type": "integer"
     },
     "offset": {
      "type": "integer"
     },
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Zone"
      }
     }
    },
    "required": [
     "total",
     "limit",
     "offset",
     "items"
    ],
    "additionalProperties": false
   },
   "Event": {
    "type": "object",
    "properties": {
     "kind": {
      "type": "string",
      "enum": [
       "established",
       "construction_start",
       "provincial_approval",
       "national_approval"
      ]
     },
     "date": {
      "type": "string"
     },
     "authority": {
      "type": "string"
     },
     "document": {
      "type": "string"
     },
     "quote": {
      "type": "string"
     },
     "source": {
      "type": "string"
     },
     "published": {
      "type": "string"
     }
    },
    "required": [
     "kind",
     "date",
     "document",
     "quote",
     "source"
    ],
    "additionalProperties": false
   },
   "Figure": {
    "type": "object",
    "properties": {
     "subject": {
      "type": "string"
     },
     "metric": {
      "type": "string",
      "enum": [
       "output_value",
       "added_value",
       "profit_tax",
       "profit",
       "tax",
       "revenue",
       "gdp",
       "investment",
       "exports",
       "enterprises",
       "hitech_enterprises",
       "jobs",
       "projects",
       "area",
       "population",
       "rd_spending",
       "patents",
       "other"
      ]
     },
     "value": {
      "type": "number"
     },
     "unit": {
      "type": "string",
      "enum": [
       "CNY",
       "USD",
       "km2",
       "count",
       "percent"
      ]
     },
     "aspect": {
      "type": "string",
      "enum": [
       "level",
       "growth",
       "share"
      ]
     },
     "status": {
      "type": "string",
      "enum": [
       "actual",
       "target",
       "expected"
      ]
     },
     "bound": {
      "type": "string",
      "enum": [
       "exact",
       "at_least",
       "at_most",
       "approx"
      ]
     },
     "period": {
      "type": "string"
     },
     "isConversion": {
      "type": "boolean"
     },
     "document": {
      "type": "string"
     },
     "quote": {
      "type": "string"
     },
     "sentence": {
      "type": "string"
     },
     "measure": {
      "type": "string",
      "description": "The measure as the text names it, normalized (general public budget revenue); figures of one metric but different measures are different quantities."
     },
     "spanStart": {
      "type": "integer"
     },
     "spanEnd": {
      "type": "integer"
     },
     "source": {
      "type": "string"
     },
     "published": {
      "type": "string"
     }
    },
    "required": [
     "subject",
     "metric",
     "value",
     "unit",
     "aspect",
     "status",
     "bound",
     "isConversion",
     "document",
     "quote",
     "sentence",
     "spanStart",
     "spanEnd",
     "source"
    ],
    "additionalProperties": false
   },
   "FigureRow": {
    "type": "object",
    "properties": {
     "zone": {
      "type": "string"
     },
     "zoneID": {
      "type": "integer"
     },
     "figure": {
      "$ref": "#/components/schemas/Figure"
     }
    },
    "required": [
     "figure"
    ],
    "additionalProperties": false
   },
   "ZoneDetail": {
    "type": "object",
    "properties": {
     "zone": {
      "$ref": "#/components/schemas/Zone"
     },
     "aliases": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "events": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Event"
      }
     },
     "industries": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "subZones": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "figureCount": {
      "type": "integer"
     },
     "latest": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Figure"
      }
     }
    },
    "required": [
     "zone",
     "aliases",
     "events",
     "industries",
     "subZones",
     "figureCount",
     "latest"
    ],
    "additionalProperties": false
   },
   "FigureList": {
    "type": "object",
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/FigureRow"
      }
     }
    },
    "required": [
     "items"
    ],
    "additionalProperties": false
   },
   "EventList": {
    "type": "object",
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Event"
      }
     }
    },
    "required": [
     "items"
    ],
    "additionalProperties": false
   },
   "Subject": {
    "type": "object",
    "properties": {
     "zoneID": {
      "type": "integer"
     },
     "name": {
      "type": "string"
     }
    },
    "required": [
     "name"
    ],
    "additionalProperties": false
   },
   "Source": {
    "type": "object",
    "properties": {
     "document": {
      "type": "string"
     },
     "location": {
      "type": "string"
     },
     "published": {
      "type": "string",
      "description": "An ISO date prefix: 2012, 2012-08 or 2012-08-28.",
      "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}$"
     },
     "quote": {
      "type": "string"
     },
     "sentence": {
      "type": "string"
     },
     "spanStart": {
      "type": "integer"
     },
     "spanEnd": {
      "type": "integer"
     },
     "kind": {
      "type": "string",
      "enum": [
       "copy",
       "investment_portal",
       "newspaper",
       "government"
      ]
     }
    },
    "required": [
     "document",
     "location",
     "quote",
     "sentence",
     "spanStart",
     "spanEnd",
     "kind"
    ],
    "additionalProperties": false
   },
   "Observation": {
    "type": "object",
    "properties": {
     "subject": {
      "$ref": "#/components/schemas/Subject"
     },
     "metric": {
      "type": "string",
      "enum": [
       "output_value",
       "added_value",
       "profit_tax",
       "profit",
       "tax",
       "revenue",
       "gdp",
       "investment",
       "exports",
       "enterprises",
       "hitech_enterprises",
       "jobs",
       "projects",
       "area",
       "population",
       "rd_spending",
       "patents",
       "other"
      ]
     },
     "value": {
      "type": "number"
     },
     "unit": {
      "type": "string",
      "enum": [
       "CNY",
       "USD",
       "km2",
       "count",
       "percent"
      ]
     },
     "aspect": {
      "type": "string",
      "enum": [
       "level",
       "growth",
       "share"
      ]
     },
     "status": {
      "type": "string",
      "enum": [
       "actual",
       "target",
       "expected"
      ]
     },
     "bound": {
      "type": "string",
      "enum": [
       "exact",
       "at_least",
       "at_most",
       "approx"
      ]
     },
     "period": {
      "type": "string",
      "description": "A year (2011), a point (2018-12) or a span (2011/2015, 2023-01/2023-09).",
      "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?$"
     },
     "isConversion": {
      "type": "boolean"
     },
     "source": {
      "$ref": "#/components/schemas/Source"
     }
    },
    "required": [
     "subject",
     "metric",
     "value",
     "unit",
     "aspect",
     "status",
     "bound",
     "isConversion",
     "source"
    ],
    "additionalProperties": false
   },
   "SeriesPoint": {
    "type": "object",
    "properties": {
     "period": {
      "type": "string",
      "description": "A year (2011), a point (2018-12) or a span (2011/2015, 2023-01/2023-09).",
      "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?$"
     },
     "value": {
      "type": "number"
     },
     "bound": {
      "type": "string",
      "enum": [
       "exact",
       "at_least",
       "at_most",
       "approx"
      ]
     },
     "sources": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Source"
      }
     },
     "disagreeing": {
      "type": "array",
      "items": {
       "type": "number"
      }
     }
    },
    "required": [
     "period",
     "value",
     "bound",
     "sources",
     "disagreeing"
    ],
    "additionalProperties": false
   },
   "Series": {
    "type": "object",
    "properties": {
     "subject": {
      "$ref": "#/components/schemas/Subject"
     },
     "metric": {
      "type": "string",
      "enum": [
       "output_value",
       "added_value",
       "profit_tax",
       "profit",
       "tax",
       "revenue",
       "gdp",
       "investment",
       "exports",
       "enterprises",
       "hitech_enterprises",
       "jobs",
       "projects",
       "area",
       "population",
       "rd_spending",
       "patents",
       "other"
      ]
     },
     "aspect": {
      "type": "string",
      "enum": [
       "level",
       "growth",
       "share"
      ]
     },
     "unit": {
      "type": "string",
      "enum": [
       "CNY",
       "USD",
       "km2",
       "count",
       "percent"
      ]
     },
     "status": {
      "type": "string",
      "enum": [
       "actual",
       "target",
       "expected"
      ]
     },
     "shape": {
      "type": "string",
      "description": "year, point, months F-L, several years or undated"
     },
     "points": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/SeriesPoint"
      }
     }
    },
    "required": [
     "subject",
     "metric",
     "aspect",
     "unit",
     "status",
     "shape",
     "points"
    ],
    "additionalProperties": false
   },
   "DerivedFigure": {
    "type": "object",
    "properties": {
     "subject": {
      "$ref": "#/components/schemas/Subject"
     },
     "metric": {
      "type": "string",
      "enum": [
       "output_value",
       "added_value",
       "profit_tax",
       "profit",
       "tax",
       "revenue",
       "gdp",
       "investment",
       "exports",
       "enterprises",
       "hitech_enterprises",
       "jobs",
       "projects",
       "area",
       "population",
       "rd_spending",
       "patents",
       "other"
      ]
     },
     "value": {
      "type": "number"
     },
     "unit": {
      "type": "string",
      "enum": [
       "CNY",
       "USD",
       "km2",
       "count",
       "percent"
      ]
     },
     "aspect": {
      "type": "string",
      "enum": [
       "level",
       "growth",
       "share"
      ]
     },
     "period": {
      "type": "string",
      "description": "A year (2011), a point (2018-12) or a span (2011/2015, 2023-01/2023-09).",
      "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?$"
     },
     "method": {
      "type": "string",
      "enum": [
       "growth_between_levels",
       "implied_previous_level",
       "compound_annual_growth",
       "share_of_whole"
      ]
     },
     "inputs": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Observation"
      }
     }
    },
    "required": [
     "subject",
     "metric",
     "value",
     "unit",
     "aspect",
     "period",
     "method",
     "inputs"
    ],
    "additionalProperties": false
   },
   "SeriesAnswer": {
    "type": "object",
    "properties": {
     "series": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Series"
      }
     },
     "derived": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/DerivedFigure"
      }
     }
    },
    "required": [
     "series",
     "derived"
    ],
    "additionalProperties": false
   },
   "Evidence": {
    "type": "object",
    "properties": {
     "period": {
      "type": "string",
      "description": "A year (2011), a point (2018-12) or a span (2011/2015, 2023-01/2023-09).",
      "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?$"
     },
     "value": {
      "type": "number"
     },
     "sources": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Source"
      }
     }
    },
    "required": [
     "period",
     "value",
     "sources"
    ],
    "additionalProperties": false
   },
   "TargetAssessment": {
    "type": "object",
    "properties": {
     "target": {
      "$ref": "#/components/schemas/Observation"
     },
     "status": {
      "type": "string",
      "enum": [
       "met",
       "missed",
       "on_track",
       "behind",
       "not_yet_known"
      ]
     },
     "deadline": {
      "type": "integer"
     },
     "baseline": {
      "$ref": "#/components/schemas/Evidence"
     },
     "latest": {
      "$ref": "#/components/schemas/Evidence"
     },
     "requiredGrowth": {
      "type": "number"
     },
     "achievedGrowth": {
      "type": "number"
     },
     "explanation": {
      "type": "string"
     }
    },
    "required": [
     "target",
     "status",
     "explanation"
    ],
    "additionalProperties": false
   },
   "TargetPage": {
    "type": "object",
    "properties": {
     "total": {
      "type": "integer"
     },
     "limit": {
      "type": "integer"
     },
     "offset": {
      "type": "integer"
     },
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/TargetAssessment"
      }
     }
    },
    "required": [
     "total",
     "limit",
     "offset",
     "items"
    ],
    "additionalProperties": false
   },
   "TargetList": {
    "type": "object",
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/TargetAssessment"
      }
     }
    },
    "required": [
     "items"
    ],
    "additionalProperties": false
   },
   "DocumentSummary": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string"
     },
     "title": {
      "type": "string"
     },
     "source": {
      "type": "string"
     },
     "language": {
      "type": "string",
      "enum": [
       "en",
       "zh"
      ]
     },
     "published": {
      "type": "string"
     },
     "facts": {
      "type": "integer"
     }
    },
    "required": [
     "id",
     "source",
     "facts"
    ],
    "additionalProperties": false
   },
   "DocumentPage": {
    "type": "object",
    "properties": {
     "total": {
      "type": "integer"
     },
     "limit": {
      "type": "integer"
     },
     "offset": {
      "type": "integer"
     },
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/DocumentSummary"
      }
     }
    },
    "required": [
     "total",
     "limit",
     "offset",
     "items"
    ],
    "additionalProperties": false
   },
   "LocatedFact": {
    "type": "object",
    "properties": {
     "kind": {
      "type": "string",
      "enum": [
       "figure",
       "event",
       "industry"
      ]
     },
     "summary": {
      "type": "string"
     },
     "zoneID": {
      "type": "integer"
     },
     "zone": {
      "type": "string"
     },
     "spanStart": {
      "type": "integer"
     },
     "spanEnd": {
      "type": "integer"
     },
     "quote": {
      "type": "string"
     }
    },
    "required": [
     "kind",
     "summary",
     "spanStart",
     "spanEnd",
     "quote"
    ],
    "additionalProperties": false
   },
   "FactList": {
    "type": "object",
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/LocatedFact"
      }
     }
    },
    "required": [
     "items"
    ],
    "additionalProperties": false
   },
   "Document": {
    "type": "object",
    "properties": {
     "summary": {
      "$ref": "#/components/schemas/DocumentSummary"
     },
     "text": {
      "type": "string"
     },
     "readableText": {
      "type": "string",
      "description": "The text with markup blanked by spaces, byte for byte as long as text: the facts' offsets hold in both."
     },
     "facts": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/LocatedFact"
      }
     }
    },
    "required": [
     "summary",
     "text",
     "readableText",
     "facts"
    ],
    "additionalProperties": false
   },
   "SearchHit": {
    "type": "object",
    "properties": {
     "document": {
      "type": "string"
     },
     "title": {
      "type": "string"
     },
     "snippet": {
      "type": "string"
     }
    },
    "required": [
     "document",
     "title",
     "snippet"
    ],
    "additionalProperties": false
   },
   "SearchList": {
    "type": "object",
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/SearchHit"
      }
     }
    },
    "required": [
     "items"
    ],
    "additionalProperties": false
   },
   "RankingEntry": {
    "type": "object",
    "properties": {
     "rank": {
      "type": "integer"
     },
     "percentile": {
      "type": "number"
     },
     "subject": {
      "$ref": "#/components/schemas/Subject"
     },
     "value": {
      "type": "number"
     },
     "unit": {
      "type": "string",
      "enum": [
       "CNY",
       "USD",
       "km2",
       "count",
       "percent"
      ]
     },
     "period": {
      "type": "string",
      "description": "A year (2011), a point (2018-12) or a span (2011/2015, 2023-01/2023-09).",
      "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?$"
     },
     "isDerived": {
      "type": "boolean"
     },
     "sources": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Source"
      }
     }
    },
    "required": [
     "rank",
     "percentile",
     "subject",
     "value",
     "unit",
     "period",
     "isDerived",
     "sources"
    ],
    "additionalProperties": false
   },
   "RankingList": {
    "type": "object",
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/RankingEntry"
      }
     }
    },
    "required": [
     "items"
    ],
    "additionalProperties": false
   },
   "ConflictReading": {
    "type": "object",
    "properties": {
     "value": {
      "type": "string"
     },
     "sources": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Source"
      }
     }
    },
    "required": [
     "value",
     "sources"
    ],
    "additionalProperties": false
   },
   "Conflict": {
    "type": "object",
    "properties": {
     "subject": {
      "$ref": "#/components/schemas/Subject"
     },
     "topic": {
      "oneOf": [
       {
        "type": "object",
        "properties": {
         "figure": {
          "type": "object",
          "properties": {
           "metric": {
            "type": "string",
            "enum": [
             "output_value",
             "added_value",
             "profit_tax",
             "profit",
             "tax",
             "revenue",
             "gdp",
             "investment",
             "exports",
             "enterprises",
             "hitech_enterprises",
             "jobs",
             "projects",
             "area",
             "population",
             "rd_spending",
             "patents",
             "other"
            ]
           },
           "aspect": {
            "type": "string",
            "enum": [
             "level",
             "growth",
             "share"
            ]
           },
           "unit": {
            "type": "string",
            "enum": [
             "CNY",
             "USD",
             "km2",
             "count",
             "percent"
            ]
           },
           "status": {
            "type": "string",
            "enum": [
             "actual",
             "target",
             "expected"
            ]
           },
           "period": {
            "type": "string",
            "description": "A year (2011), a point (2018-12) or a span (2011/2015, 2023-01/2023-09).",
            "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?$"
           }
          },
          "required": [
           "metric",
           "aspect",
           "unit",
           "status"
          ],
          "additionalProperties": false
         }
        },
        "required": [
         "figure"
        ],
        "additionalProperties": false
       },
       {
        "type": "object",
        "properties": {
         "eventDate": {
          "type": "object",
          "properties": {
           "kind": {
            "type": "string",
            "enum": [
             "established",
             "construction_start",
             "provincial_approval",
             "national_approval"
            ]
           }
          },
          "required": [
           "kind"
          ],
          "additionalProperties": false
         }
        },
        "required": [
         "eventDate"
        ],
        "additionalProperties": false
       }
      ]
     },
     "readings": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ConflictReading"
      }
     },
     "reason": {
      "type": "string"
     }
    },
    "required": [
     "subject",
     "topic",
     "readings",
     "reason"
    ],
    "additionalProperties": false
   },
   "ConflictList": {
    "type": "object",
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Conflict"
      }
     }
    },
    "required": [
     "items"
    ],
    "additionalProperties": false
   },
   "EventObservation": {
    "type": "object",
    "properties": {
     "subject": {
      "$ref": "#/components/schemas/Subject"
     },
     "kind": {
      "type": "string",
      "enum": [
       "established",
       "construction_start",
       "provincial_approval",
       "national_approval"
      ]
     },
     "date": {
      "type": "string",
      "description": "An ISO date prefix: 2012, 2012-08 or 2012-08-28.",
      "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}$"
     },
     "authority": {
      "type": "string"
     },
     "source": {
      "$ref": "#/components/schemas/Source"
     }
    },
    "required": [
     "subject",
     "kind",
     "date",
     "source"
    ],
    "additionalProperties": false
   },
   "Violation": {
    "type": "object",
    "properties": {
     "rule": {
      "type": "string"
     },
     "severity": {
      "type": "string",
      "enum": [
       "error",
       "warning"
      ]
     },
     "message": {
      "type": "string"
     },
     "subject": {
      "$ref": "#/components/schemas/Subject"
     },
     "detail": {
      "type": "string"
     },
     "figures": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Observation"
      }
     },
     "events": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/EventObservation"
      }
     }
    },
    "required": [
     "rule",
     "severity",
     "message",
     "subject",
     "detail",
     "figures",
     "events"
    ],
    "additionalProperties": false
   },
   "Claim": {
    "type": "object",
    "properties": {
     "assertion": {
      "oneOf": [
       {
        "type": "object",
        "properties": {
         "order": {
          "type": "object",
          "properties": {
           "ordinal": {
            "type": "integer"
           },
           "type": {
            "type": "string",
            "enum": [
             "high-tech",
             "economic-technological",
             "industrial-park",
             "free-trade",
             "new-area",
             "other"
            ]
           },
           "province": {
            "type": "string"
           },
           "following": {
            "type": "array",
            "items": {
             "type": "string"
            }
           }
          },
          "required": [
           "ordinal",
           "type",
           "province",
           "following"
          ],
          "additionalProperties": false
         }
        },
        "required": [
         "order"
        ],
        "additionalProperties": false
       },
       {
        "type": "object",
        "properties": {
         "count": {
          "type": "object",
          "properties": {
           "total": {
            "type": "integer"
           },
           "type": {
            "type": "string",
            "enum": [
             "high-tech",
             "economic-technological",
             "industrial-park",
             "free-trade",
             "new-area",
             "other"
            ]
           }
          },
          "required": [
           "total",
           "type"
          ],
          "additionalProperties": false
         }
        },
        "required": [
         "count"
        ],
        "additionalProperties": false
       }
      ]
     },
     "source": {
      "$ref": "#/components/schemas/Source"
     },
     "verdict": {
      "type": "string",
      "enum": [
       "confirmed",
       "contradicted",
       "unverifiable"
      ]
     },
     "explanation": {
      "type": "string"
     }
    },
    "required": [
     "assertion",
     "source",
     "verdict",
     "explanation"
    ],
    "additionalProperties": false
   },
   "CheckAnswer": {
    "type": "object",
    "properties": {
     "violations": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Violation"
      }
     },
     "claims": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Claim"
      }
     }
    },
    "required": [
     "violations",
     "claims"
    ],
    "additionalProperties": false
   },
   "DocumentUpload": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string",
      "pattern": "^[A-Za-z0-9._-]{1,200}$"
     },
     "text": {
      "type": "string",
      "description": "Plain text or HTML; no control characters but tab, line feed, form feed and carriage return.",
      "pattern": "^[^\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f]*$"
     },
     "source": {
      "type": "string"
     }
    },
    "required": [
     "id",
     "text"
    ],
    "additionalProperties": false
   },
   "DocumentStored": {
    "type": "object",
    "properties": {
     "id": {
      "type": "string"
     },
     "result": {
      "type": "string",
      "enum": [
       "new",
       "updated",
       "unchanged"
      ]
     },
     "facts": {
      "type": "integer"
     }
    },
    "required": [
     "id",
     "result",
     "facts"
    ],
    "additionalProperties": false
   }
  },
  "securitySchemes": {
   "bearer": {
    "type": "http",
    "scheme": "bearer"
   }
  }
 }
}

"""#
}
