response = {
  "href": "https://api.ebay.com/buy/browse/v1/item_summary/search?q=iphone&limit=100&sort=price&offset=0",
  "total": 7206380,
  "next": "https://api.ebay.com/buy/browse/v1/item_summary/search?q=iphone&limit=100&sort=price&offset=100",
  "limit": 100,
  "offset": 0,
  "itemSummaries": [
    {
      "itemId": "v1|385462201428|653317790198",
      "title": "For iPhone 14 Plus 13 12 11 Pro Max Tempered Glass Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385462201428",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~xgAAOSwghxkBdLn/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385462201428%7C653317790198",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/~xgAAOSwghxkBdLn/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385462201428?hash=item59bf566c54%3Ag%3A%7ExgAAOSwghxkBdLn&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385462201428?hash=item59bf566c54:g:~xgAAOSwghxkBdLn",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GC4AAOSwNfZkBdLo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UksAAOSwRwpkBdLq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/h30AAOSw1fNkBdLr/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wvsAAOSwCTZkBdLs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kj4AAOSwa8dkBdLt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3-8AAOSwlhZkBdLv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5qsAAOSwwU5kBdLw/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XJYAAOSwU-BkBdLx/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385462201428",
      "availableCoupons": False,
      "itemCreationDate": "2023-03-07T12:04:38.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385462201425|653318266006",
      "title": "Per iPhone 14 13 12 11 Pro Max Tempered Glass Camera Lens Cover Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385462201425",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tgQAAOSw-dNkBdEf/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385462201425%7C653318266006",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/tgQAAOSw-dNkBdEf/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385462201425?hash=item59bf566c51%3Ag%3AtgQAAOSw-dNkBdEf&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385462201425?hash=item59bf566c51:g:tgQAAOSw-dNkBdEf",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tGIAAOSw0MlkBdEm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9doAAOSwmIpkBdEo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lrEAAOSwjrhkBdEp/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385462201425",
      "availableCoupons": False,
      "itemCreationDate": "2023-03-07T12:04:38.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|125451040643|426613700945",
      "title": "For iPhone 14 13 12 11 Pro Max Tempered Glass Camera Lens Cover Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125451040643",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KBUAAOSwt2li7li4/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125451040643%7C426613700945",
      "seller": {
        "username": "crystaluk03",
        "feedbackPercentage": "95.9",
        "feedbackScore": 5612
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/KBUAAOSwt2li7li4/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/125451040643?hash=item1d3576f783%3Ag%3AKBUAAOSwt2li7li4&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/125451040643?hash=item1d3576f783:g:KBUAAOSwt2li7li4",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rhMAAOSwSpdi7li5/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4j0AAOSwsrZi7li7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cJwAAOSwLyVi7li9/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "125451040643",
      "availableCoupons": False,
      "itemCreationDate": "2022-08-06T12:07:07.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385673026043|653472519187",
      "title": "Fast USB Charging Cable Short Cell Phone Charger Data Cord For iPhone Android Ca",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385673026043",
      "leafCategoryIds": [
        "123422"
      ],
      "categories": [
        {
          "categoryId": "123422",
          "categoryName": "Cables & Adapters"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/470AAOSwDF1khDvk/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385673026043%7C653472519187",
      "seller": {
        "username": "windylegend",
        "feedbackPercentage": "97.5",
        "feedbackScore": 85168
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/470AAOSwDF1khDvk/s-l1200.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385673026043?hash=item59cbe759fb%3Ag%3A470AAOSwDF1khDvk&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385673026043?hash=item59cbe759fb:g:470AAOSwDF1khDvk",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hZoAAOSwxpdkhDvm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6csAAOSwPgFkhDvo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/g30AAOSwbVZkhDvq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KloAAOSwCTtkhDvt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oJIAAOSwZbBkhDvy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ucIAAOSwyqNkhDv2/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Vv4AAOSw5MxkhDv4/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/O-QAAOSwjJ5khDv6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nO8AAOSwA~JkhDv7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9aQAAOSw-ABkhDv9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fKcAAOSw2MpkhDwB/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P5gAAOSwawBkhDwE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nFkAAOSwl41khDwG/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385673026043",
      "availableCoupons": False,
      "itemCreationDate": "2023-06-11T09:02:13.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385168734220|653046748456",
      "title": "1-3 PACK Camera Lens Protector Tempered GLASS 9H iPhone 14 13 12 11 Pro/Max/Plus",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385168734220",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JPkAAOSw7tFjR92q/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385168734220%7C653046748456",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/JPkAAOSw7tFjR92q/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385168734220?hash=item59add8780c%3Ag%3AJPkAAOSw7tFjR92q&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385168734220?hash=item59add8780c:g:JPkAAOSw7tFjR92q",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lQsAAOSwc~5jR927/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xAgAAOSw9E1jR928/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2-sAAOSwj2ZjR92-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SMEAAOSw5oRjR92~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/j-kAAOSwuSdjR93B/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CLkAAOSwprBjR93D/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~u4AAOSw5fFjR93E/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385168734220",
      "availableCoupons": False,
      "itemCreationDate": "2022-10-14T09:47:02.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|225616355226|524740854577",
      "title": "Universal Sim Card Ejector Pin Removal Tools Key for Apple iPhone iPad Samsung",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=225616355226",
      "leafCategoryIds": [
        "43304"
      ],
      "categories": [
        {
          "categoryId": "43304",
          "categoryName": "Cell Phone & Smartphone Parts"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sDwAAOSw9BNkiF7s/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C225616355226%7C524740854577",
      "seller": {
        "username": "changu_1810",
        "feedbackPercentage": "100.0",
        "feedbackScore": 33
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/sDwAAOSw9BNkiF7s/s-l1200.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/225616355226?hash=item3487c85f9a%3Ag%3AsDwAAOSw9BNkiF7s&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/225616355226?hash=item3487c85f9a:g:sDwAAOSw9BNkiF7s",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mH4AAOSwRF5kiF7u/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Vf8AAOSwfnBkiF7y/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Qh8AAOSwAY5kiF70/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2CsAAOSwrQVkiF73/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BUYAAOSwUghkiF76/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cr8AAOSwn3ZkiF79/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "225616355226",
      "availableCoupons": False,
      "itemCreationDate": "2023-06-14T12:20:30.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295564826762|593631857307",
      "title": "FIT iPhone 14 Plus 13 12 11 Pro Max Tempered Glass Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295564826762",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jSMAAOSw~HtkDxY6/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295564826762%7C593631857307",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/jSMAAOSw~HtkDxY6/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295564826762?hash=item44d109588a%3Ag%3AjSMAAOSw%7EHtkDxY6&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295564826762?hash=item44d109588a:g:jSMAAOSw~HtkDxY6",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Xn4AAOSwJCxkDxY8/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FawAAOSwnapkDxZA/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zm0AAOSw3elkDxZB/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5foAAOSwoFtkDxZI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rTsAAOSwr~ZkDxZM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FywAAOSw7rRkDxZO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/i2cAAOSwcq5kDxZP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4Z8AAOSwKdtkDxZR/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295564826762",
      "availableCoupons": False,
      "itemCreationDate": "2023-03-13T12:28:01.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385236542557|653117866416",
      "title": "For iPhone 14 13 12 11 Pro Max XR XS Tempered Glass Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385236542557",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FLEAAOSwTSFjdP8z/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385236542557%7C653117866416",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/FLEAAOSwTSFjdP8z/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385236542557?hash=item59b1e3245d%3Ag%3AFLEAAOSwTSFjdP8z&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385236542557?hash=item59b1e3245d:g:FLEAAOSwTSFjdP8z",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uRkAAOSwKEtjdP81/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6QcAAOSwpSRjdP83/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iOcAAOSwzpJjdP85/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P2QAAOSwR85jdP86/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pwYAAOSwkrljdP87/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OU8AAOSwH8hjdP89/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VWkAAOSwHbZjdP8~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DhYAAOSwq~ZjdP9B/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385236542557",
      "availableCoupons": False,
      "itemCreationDate": "2022-11-17T15:18:51.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|125565731540|426605792837",
      "title": "For iPhone 14 Plus 13 12 11 Pro Max Bling Diamond Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125565731540",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8BcAAOSwZdljTICD/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125565731540%7C426605792837",
      "seller": {
        "username": "crystaluk03",
        "feedbackPercentage": "95.9",
        "feedbackScore": 5612
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/8BcAAOSwZdljTICD/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/125565731540?hash=item1d3c4d02d4%3Ag%3A8BcAAOSwZdljTICD&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/125565731540?hash=item1d3c4d02d4:g:8BcAAOSwZdljTICD",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OMQAAOSwoTtjTICK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FVMAAOSwQz5jTICN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7OkAAOSwOa9jTICV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PMgAAOSwj2ZjTICX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GEUAAOSw~o5jTICZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fEsAAOSwteFjTICa/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MsIAAOSw5S5jTICc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lsYAAOSw9dZjTICd/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vfwAAOSwprBjTICe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~UAAAOSwboBjTICg/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "125565731540",
      "availableCoupons": False,
      "itemCreationDate": "2022-10-17T22:07:55.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385688723098|653485631732",
      "title": "For iPhone Headphone Adapter Jack 8 Pin to 3.5mm Aux Cord Dongle Converter ",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385688723098",
      "leafCategoryIds": [
        "123422"
      ],
      "categories": [
        {
          "categoryId": "123422",
          "categoryName": "Cables & Adapters"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bJkAAOSwqjBkjThg/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385688723098%7C653485631732",
      "seller": {
        "username": "windylegend",
        "feedbackPercentage": "97.5",
        "feedbackScore": 85168
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/bJkAAOSwqjBkjThg/s-l1200.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385688723098?hash=item59ccd6de9a%3Ag%3AbJkAAOSwqjBkjThg&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385688723098?hash=item59ccd6de9a:g:bJkAAOSwqjBkjThg",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/h~4AAOSwadxkjThj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QUwAAOSwAatkjThl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jYIAAOSwJgJkjTho/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5QwAAOSwJItkjThq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Go4AAOSwYyNkjThs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yQcAAOSwqB1kjThv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/h4IAAOSwxJlkjThz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LwsAAOSwHVdkjTh1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/F~cAAOSwFdhkjTh3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MOEAAOSwwp5kjTh6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~SgAAOSwHIZkjTh8/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5nkAAOSwIs9kjTh-/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385688723098",
      "availableCoupons": False,
      "itemCreationDate": "2023-06-18T04:37:27.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295533185268|593608460387",
      "title": "Per iPhone 14 13 12 11 Pro Max XR XS Tempered Glass Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295533185268",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/e8gAAOSwFCVj74mL/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295533185268%7C593608460387",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/e8gAAOSwFCVj74mL/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295533185268?hash=item44cf2688f4%3Ag%3Ae8gAAOSwFCVj74mL&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295533185268?hash=item44cf2688f4:g:e8gAAOSwFCVj74mL",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sOYAAOSwHCtj74mP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8wgAAOSwQ61j74mR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HOYAAOSw6cVj74mS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uOkAAOSwxylj74mU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/41kAAOSw8p9j74mV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hiMAAOSw6LVj74mX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HP8AAOSwsiNj74mZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sBIAAOSwgD9j74mc/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295533185268",
      "availableCoupons": False,
      "itemCreationDate": "2023-02-18T14:54:45.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|165631783617|465146840544",
      "title": "Joltik (#595) - Pokémon GO",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165631783617",
      "leafCategoryIds": [
        "139973"
      ],
      "categories": [
        {
          "categoryId": "139973",
          "categoryName": "Video Games"
        },
        {
          "categoryId": "1249",
          "categoryName": "Video Games & Consoles"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zMEAAOSwMOli~Qxd/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165631783617%7C465146840544",
      "seller": {
        "username": "ikieu",
        "feedbackPercentage": "100.0",
        "feedbackScore": 1456
      },
      "condition": "Brand New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/zMEAAOSwMOli~Qxd/s-l500.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/165631783617?hash=item26906c72c1%3Ag%3AzMEAAOSwMOli%7EQxd&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/165631783617?hash=item26906c72c1:g:zMEAAOSwMOli~Qxd",
      "itemLocation": {
        "postalCode": "N2E***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "165631783617",
      "availableCoupons": False,
      "itemCreationDate": "2022-08-17T15:38:48.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295639838361|593755057590",
      "title": "Shockproof Armor Matte Case For iPhone 14 13 12 11 Pro Max XR XS 7 8 Hard Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295639838361",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yHEAAOSwtXJkPfeI/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295639838361%7C593755057590",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/yHEAAOSwtXJkPfeI/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295639838361?hash=item44d581ee99%3Ag%3AyHEAAOSwtXJkPfeI&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295639838361?hash=item44d581ee99:g:yHEAAOSwtXJkPfeI",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xKMAAOSwiatkPfef/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/J1IAAOSw~VRkPfeh/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TfMAAOSw0vxkPfel/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ldYAAOSweN1kPfen/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/t5EAAOSwcEBkPfe1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hJYAAOSw8VVkPfe6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KiAAAOSw4-tkPfe-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zXEAAOSwz9NkPffQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TkkAAOSwBahkPffR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CikAAOSwnodkPffU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CUgAAOSw9cNkPffW/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295639838361",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-19T01:53:39.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|165633363659|465148026346",
      "title": "Scraggy (#559) - Pokémon GO",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165633363659",
      "leafCategoryIds": [
        "139973"
      ],
      "categories": [
        {
          "categoryId": "139973",
          "categoryName": "Video Games"
        },
        {
          "categoryId": "1249",
          "categoryName": "Video Games & Consoles"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/enMAAOSwJYRi~kvP/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165633363659%7C465148026346",
      "seller": {
        "username": "ikieu",
        "feedbackPercentage": "100.0",
        "feedbackScore": 1456
      },
      "condition": "Brand New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/enMAAOSwJYRi~kvP/s-l500.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/165633363659?hash=item2690848ecb%3Ag%3AenMAAOSwJYRi%7EkvP&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/165633363659?hash=item2690848ecb:g:enMAAOSwJYRi~kvP",
      "itemLocation": {
        "postalCode": "N2E***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "165633363659",
      "availableCoupons": False,
      "itemCreationDate": "2022-08-18T14:27:20.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295535632448|593610447000",
      "title": "Per iPhone 14 13 12 11 Pro Max XR X Tempered Glass Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295535632448",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5eUAAOSwN~pj8liS/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295535632448%7C593610447000",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/5eUAAOSwN~pj8liS/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295535632448?hash=item44cf4be040%3Ag%3A5eUAAOSwN%7Epj8liS&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295535632448?hash=item44cf4be040:g:5eUAAOSwN~pj8liS",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/y3oAAOSw8sRj8liX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P8oAAOSwupVj8liY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xEkAAOSwO2dj8liZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gbwAAOSwVFNj8lib/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MYAAAOSwi9Bj8lid/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/h64AAOSw1uBj8lif/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/k7EAAOSwoZhj8lig/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/V78AAOSwRVRj8lii/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2QYAAOSwIrNj8lij/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8T0AAOSwUDBj8lil/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BEMAAOSwPX1j8liq/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295535632448",
      "availableCoupons": False,
      "itemCreationDate": "2023-02-20T17:14:48.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295535632545|593610551575",
      "title": "1-3PACK Camera Lens Protector Tempered GLASS 9H iPhone 14 13 12 11 Pro Max Plus",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295535632545",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/l2gAAOSwpItj8lgk/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295535632545%7C593610551575",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/l2gAAOSwpItj8lgk/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295535632545?hash=item44cf4be0a1%3Ag%3Al2gAAOSwpItj8lgk&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295535632545?hash=item44cf4be0a1:g:l2gAAOSwpItj8lgk",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-vsAAOSwcGRj8lgx/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SJkAAOSwujNj8lgz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/z~AAAOSwbnxj8lg5/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yiEAAOSwmq5j8lg9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/V3QAAOSw5thj8lg-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/E4AAAOSwGu5j8lhA/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/djIAAOSwtEJj8lhG/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bZUAAOSwgg5j8lhH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VtoAAOSwRVRj8lhJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zIoAAOSwnF9j8lhK/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295535632545",
      "availableCoupons": False,
      "itemCreationDate": "2023-02-20T17:14:53.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|165898089813|465407586559",
      "title": "✨ NEW Shiny Helioptile (#694) - Pokémon GO✨",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165898089813",
      "leafCategoryIds": [
        "139973"
      ],
      "categories": [
        {
          "categoryId": "139973",
          "categoryName": "Video Games"
        },
        {
          "categoryId": "1249",
          "categoryName": "Video Games & Consoles"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/M~gAAOSwjmhjy5jC/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165898089813%7C465407586559",
      "seller": {
        "username": "ikieu",
        "feedbackPercentage": "100.0",
        "feedbackScore": 1456
      },
      "condition": "Brand New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/M~gAAOSwjmhjy5jC/s-l500.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/165898089813?hash=item26a04bf555%3Ag%3AM%7EgAAOSwjmhjy5jC&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/165898089813?hash=item26a04bf555:g:M~gAAOSwjmhjy5jC",
      "itemLocation": {
        "postalCode": "N2E***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "165898089813",
      "availableCoupons": False,
      "itemCreationDate": "2023-01-21T07:46:39.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385246430818|653129848648",
      "title": "Camshield Camera Protector For iPhone 14 Pro Max 13 12 Lens Metal Sticker Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385246430818",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9eMAAOSwpSRje2eA/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385246430818%7C653129848648",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/9eMAAOSwpSRje2eA/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385246430818?hash=item59b27a0662%3Ag%3A9eMAAOSwpSRje2eA&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385246430818?hash=item59b27a0662:g:9eMAAOSwpSRje2eA",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Vw4AAOSwwRJje2eF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ALcAAOSwPNhje2eM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/keQAAOSwwNpje2eO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BIIAAOSwSNZje2eP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Vq8AAOSw7Kdje2eR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EhcAAOSwD3Nje2eS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yr8AAOSwTVZje2eT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zMYAAOSwIJ9je2eV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OlEAAOSwxaFje2eW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/--QAAOSwdQlje2eX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KE8AAOSwebxje2eZ/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385246430818",
      "availableCoupons": False,
      "itemCreationDate": "2022-11-22T12:01:01.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385562805021|653390310766",
      "title": "Case For Apple iPhone 14 13 12 Pro XS Max 7 8 MagSafe Shockproof Silicone Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385562805021",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OTgAAOSw05JkQr08/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385562805021%7C653390310766",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/OTgAAOSw05JkQr08/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385562805021?hash=item59c555831d%3Ag%3AOTgAAOSw05JkQr08&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385562805021?hash=item59c555831d:g:OTgAAOSw05JkQr08",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hqUAAOSwfSpkQr1D/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GfEAAOSwCMRkQr1G/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KX8AAOSw6UVkQr1H/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ohAAAOSw6mhkQr1L/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tnIAAOSwyqBkQr1N/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yswAAOSwbEZkQr1O/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yKoAAOSwihBkQr1Q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2yoAAOSwK2xkQr1R/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/s8oAAOSwKGFkQr1S/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9u8AAOSwt31kQr1U/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/I9AAAOSwOoVkQr1W/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385562805021",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-22T16:44:47.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385432949275|653299508038",
      "title": "For iPhone 14 13 12 11 Pro Max Tempered Glass Privacy Screen Camera Protector US",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385432949275",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5S0AAOSwjkpj9SAG/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385432949275%7C653299508038",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/5S0AAOSwjkpj9SAG/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385432949275?hash=item59bd98121b%3Ag%3A5S0AAOSwjkpj9SAG&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385432949275?hash=item59bd98121b:g:5S0AAOSwjkpj9SAG",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yGsAAOSwRQxj9SAO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/joEAAOSw185j9SAP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JgMAAOSwvntj9SAR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uxsAAOSwW7Fj9SAT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kIoAAOSwbftj9SAU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GqUAAOSwXvFj9SAW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RK0AAOSwhuFj9SAX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zgEAAOSwnnBj9SAY/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385432949275",
      "availableCoupons": False,
      "itemCreationDate": "2023-02-22T20:05:23.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385563115152|653390352694",
      "title": "Funda Para iPhone 14 13 12 11 Pro X XS Max 7 8 Plus SE Case Slim MagSafe Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385563115152",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VFkAAOSwyNpkQuh~/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385563115152%7C653390352694",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/VFkAAOSwyNpkQuh~/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385563115152?hash=item59c55a3e90%3Ag%3AVFkAAOSwyNpkQuh%7E&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385563115152?hash=item59c55a3e90:g:VFkAAOSwyNpkQuh~",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/STQAAOSwRUlkQuiE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GBYAAOSw3jZkQuiG/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/H3UAAOSwnMxkQuiH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nHsAAOSw8sNkQuiK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Ac4AAOSwN3xkQuiM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5kEAAOSw8LRkQuiO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-koAAOSw2wRkQuiQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EAUAAOSwGmtkQuiS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Qs0AAOSw9X5kQuiV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ufwAAOSwX-pkQuiX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NEoAAOSwHSZkQuiZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DpEAAOSwai9kQuib/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vC0AAOSwx75kQuid/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cpQAAOSwY~hkQuig/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ubkAAOSwcStkQuii/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TDkAAOSwM~1kQuil/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PK0AAOSwbXtkQuin/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385563115152",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-22T19:49:54.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|165687932611|465200912830",
      "title": "Pokémon GO TCG Reward Codes",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165687932611",
      "leafCategoryIds": [
        "139973"
      ],
      "categories": [
        {
          "categoryId": "139973",
          "categoryName": "Video Games"
        },
        {
          "categoryId": "1249",
          "categoryName": "Video Games & Consoles"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/au8AAOSw0ohjK8o9/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165687932611%7C465200912830",
      "seller": {
        "username": "ikieu",
        "feedbackPercentage": "100.0",
        "feedbackScore": 1456
      },
      "condition": "Brand New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/au8AAOSw0ohjK8o9/s-l1200.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/165687932611?hash=item2693c536c3%3Ag%3Aau8AAOSw0ohjK8o9&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/165687932611?hash=item2693c536c3:g:au8AAOSw0ohjK8o9",
      "itemLocation": {
        "postalCode": "N2E***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "165687932611",
      "availableCoupons": False,
      "itemCreationDate": "2022-09-22T02:26:47.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385564239327|653391345898",
      "title": "Original Plating Clear Case FIT iPhone 14 13 12 11 Pro Max Mini X XR 8 7 Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385564239327",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kpUAAOSwcUpkQ6PQ/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385564239327%7C653391345898",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/kpUAAOSwcUpkQ6PQ/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385564239327?hash=item59c56b65df%3Ag%3AkpUAAOSwcUpkQ6PQ&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385564239327?hash=item59c56b65df:g:kpUAAOSwcUpkQ6PQ",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xzAAAOSwuitkQ6PX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7v0AAOSwEzJkQ6PY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sL8AAOSw1RdkQ6PZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Ju0AAOSwZZFkQ6Pb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/c~gAAOSw-ZlkQ6Pc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/c~oAAOSw-ZlkQ6Pe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/35gAAOSwautkQ6Pf/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/--0AAOSw6UVkQ6Pi/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iEQAAOSw26dkQ6Pj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/H4YAAOSwGxRkQ6Pk/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VKkAAOSwQftkQ6Pm/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385564239327",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-23T09:11:14.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385564260513|653396921022",
      "title": "Original Shockproof Matte Case Cover For iPhone 14 12 13 Pro Max 11 X XR 8 7 6",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385564260513",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fFsAAOSwlHhkQ6k6/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385564260513%7C653396921022",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/fFsAAOSwlHhkQ6k6/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385564260513?hash=item59c56bb8a1%3Ag%3AfFsAAOSwlHhkQ6k6&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385564260513?hash=item59c56bb8a1:g:fFsAAOSwlHhkQ6k6",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8~oAAOSw8sNkQ6lE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mGQAAOSwR3RkQ6lF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6M8AAOSwXINkQ6lH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/f3AAAOSwiKlkQ6lI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/894AAOSweyRkQ6lJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tiMAAOSwBxhkQ6lN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/R0MAAOSwmqdkQ6lP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LPcAAOSwasRkQ6lR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5QIAAOSwwPtkQ6lT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oGMAAOSw8NZkQ6lV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P5MAAOSwRTBkQ6lX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KF4AAOSwlypkQ6lY/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385564260513",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-23T09:31:49.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385565845689|653392213174",
      "title": "2pcs For iPhone 14 13 12 11 Pro Max Tempered Glass Privacy Screen Protectors",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385565845689",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VckAAOSwI9pkRLOX/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385565845689%7C653392213174",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/VckAAOSwI9pkRLOX/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385565845689?hash=item59c583e8b9%3Ag%3AVckAAOSwI9pkRLOX&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385565845689?hash=item59c583e8b9:g:VckAAOSwI9pkRLOX",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6WkAAOSw6oJkRLOa/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iYcAAOSwuIZkRLOc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RvoAAOSwjnpkRLOe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/I~UAAOSwcStkRLOg/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RBgAAOSw8jVkRLOj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~G4AAOSwIMJkRLOk/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dsIAAOSwsIpkRLOm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VusAAOSw9MtkRLOo/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385565845689",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-24T04:27:28.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385565850312|653392393214",
      "title": "2X For iPhone 14 13 12 11 Pro Max Tempered Glass Screen Camera Protector Privacy",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385565850312",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KmIAAOSwqF9kRLRO/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385565850312%7C653392393214",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/KmIAAOSwqF9kRLRO/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385565850312?hash=item59c583fac8%3Ag%3AKmIAAOSwqF9kRLRO&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385565850312?hash=item59c583fac8:g:KmIAAOSwqF9kRLRO",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sBUAAOSwbXtkRLRQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6cwAAOSwDK1kRLRR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rsIAAOSwBMZkRLRT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/G1AAAOSwwu1kRLRU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HiAAAOSwvRNkRLRW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8JIAAOSwyetkRLRY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OLwAAOSw8ItkRLRZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cfgAAOSw5MxkRLRc/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385565850312",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-24T04:30:32.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|125946536269|426899679580",
      "title": "For Apple iPhone 14 13 12 11 Pro Max Case Slim Plating MagSafe Magnetic Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125946536269",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U1QAAOSwB01kbNgK/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125946536269%7C426899679580",
      "seller": {
        "username": "crystaluk03",
        "feedbackPercentage": "95.9",
        "feedbackScore": 5612
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/U1QAAOSwB01kbNgK/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/125946536269?hash=item1d52ffa14d%3Ag%3AU1QAAOSwB01kbNgK&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/125946536269?hash=item1d52ffa14d:g:U1QAAOSwB01kbNgK",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7ugAAOSwZb5kbNgT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/u7wAAOSwlahkbNgW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/b~0AAOSw7mdkbNgZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P6gAAOSwobJkbNge/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vZwAAOSwxmxkbNgh/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vVAAAOSwYx5kbNgk/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nggAAOSwi6NkbNgl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/67IAAOSwJUNkbNgo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~-QAAOSwHjlkbNgu/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/23QAAOSwBQtkbNgw/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dQ4AAOSwLHBkbNgz/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "125946536269",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-24T15:25:32.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385253818423|653139665622",
      "title": "For iPhone 14 13 12 11 Pro Max Tempered Glass Privacy Screen Camera Protectors",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385253818423",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2QYAAOSwpFtjf8Pb/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385253818423%7C653139665622",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/2QYAAOSwpFtjf8Pb/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385253818423?hash=item59b2eac037%3Ag%3A2QYAAOSwpFtjf8Pb&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385253818423?hash=item59b2eac037:g:2QYAAOSwpFtjf8Pb",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QxYAAOSwMpRjf8Pf/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vkAAAOSwBJ5jf8Pg/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jxoAAOSwFVRjf8Ph/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qlAAAOSwOM1jf8Pj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/k0YAAOSwxThjf8Pl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OngAAOSwxGZjf8Pm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PksAAOSwc6Zjf8Pn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/p5sAAOSwe69jf8Pp/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385253818423",
      "availableCoupons": False,
      "itemCreationDate": "2022-11-25T19:22:11.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385253955768|653139673364",
      "title": "2X For iPhone 14P 13 12 11 Pro Max Tempered Glass Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385253955768",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sFkAAOSwy6Vjf9Rg/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385253955768%7C653139673364",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/sFkAAOSwy6Vjf9Rg/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385253955768?hash=item59b2ecd8b8%3Ag%3AsFkAAOSwy6Vjf9Rg&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385253955768?hash=item59b2ecd8b8:g:sFkAAOSwy6Vjf9Rg",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/buAAAOSwlT1jf9Rj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0l8AAOSw6~5jf9Rs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/x58AAOSwibxjf9Rt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7gYAAOSwDLVjf9Rx/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zL0AAOSwsZRjf9Rz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vGUAAOSwCz1jf9R7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vhQAAOSwpf5jf9R9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4bcAAOSw0qFjf9R~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5q8AAOSwbAljf9SB/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385253955768",
      "availableCoupons": False,
      "itemCreationDate": "2022-11-25T20:32:33.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640175|693913152027",
      "title": "9H Camera Lens Cover For iPhone 14 13 12 11Pro Max Case Protector Tempered Glass",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640175",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/06oAAOSwdM5kdLEh/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640175%7C693913152027",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/06oAAOSwdM5kdLEh/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640175?hash=item2b49ac926f%3Ag%3A06oAAOSwdM5kdLEh&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640175?hash=item2b49ac926f:g:06oAAOSwdM5kdLEh",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/568AAOSwslpkdLEl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PyoAAOSwvqtkdLEn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5qAAAOSwIxVkdLEq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xQMAAOSwHJRkdLEs/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640175",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:23.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640251|693913251962",
      "title": "Pure Case For iPhone 14 Plus 13 12 Mini 11 Pro Max X Shockproof Silicone Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640251",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/i1kAAOSwMShkdK17/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640251%7C693913251962",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/i1kAAOSwMShkdK17/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640251?hash=item2b49ac92bb%3Ag%3Ai1kAAOSwMShkdK17&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640251?hash=item2b49ac92bb:g:i1kAAOSwMShkdK17",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VXgAAOSwz29kdK2B/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/r0wAAOSw0sRkdK2C/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yh4AAOSwtnJkdK2F/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BigAAOSwhT1kdK2H/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AV8AAOSwSBlkdK2J/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zcUAAOSwRkdkdK2K/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/x4cAAOSwz9xkdK2M/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U2oAAOSw1RJkdK2Q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/blcAAOSwXBNkdK2R/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DdYAAOSwn4BkdK2S/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640251",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:19.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640256|693913252734",
      "title": "Original Plating Clear Case For iPhone 14 13 12 Mini 11 Pro Max XS XR 7 8 Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640256",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8S8AAOSwlPlkdDJF/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640256%7C693913252734",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/8S8AAOSwlPlkdDJF/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640256?hash=item2b49ac92c0%3Ag%3A8S8AAOSwlPlkdDJF&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640256?hash=item2b49ac92c0:g:8S8AAOSwlPlkdDJF",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/migAAOSwY75kdDJN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~AgAAOSwW-ZkdDJP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PXMAAOSwOYxkdDJQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/F-0AAOSwfQ1kdDJR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1acAAOSwdE1kdDJU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UOgAAOSw-u9kdDJV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IOwAAOSwO9pkdDJX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OPUAAOSwEy5kdDJY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kI4AAOSwijVkdDJb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0SsAAOSwX51kdDJd/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BNcAAOSwg1xkdDJe/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640256",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:17.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640270|693913255565",
      "title": "Original Plating Clear Case For iPhone 14 13 12 11 Pro Max Mini XR 7 8 SE Funda",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640270",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3akAAOSwaepkdK1y/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640270%7C693913255565",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/3akAAOSwaepkdK1y/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640270?hash=item2b49ac92ce%3Ag%3A3akAAOSwaepkdK1y&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640270?hash=item2b49ac92ce:g:3akAAOSwaepkdK1y",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/f24AAOSwCO9kdK2B/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lwcAAOSwjcdkdK2C/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4zUAAOSwj9hkdK2E/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DN4AAOSwGKJkdK2G/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Xu8AAOSwi3lkdK2H/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xgUAAOSwgyZkdK2N/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jkMAAOSwoVtkdK2O/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/51IAAOSwwRxkdK2Q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ExIAAOSw7bZkdK2S/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EUQAAOSwbY9kdK2V/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/69UAAOSw5SJkdK2X/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640270",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:19.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640257|693913016647",
      "title": "Smiling Case For Apple iPhone 14 13 12 Pro Max 11 8 7 XR Soft Silicone Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640257",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xNYAAOSwCKxkdIVw/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640257%7C693913016647",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/xNYAAOSwCKxkdIVw/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640257?hash=item2b49ac92c1%3Ag%3AxNYAAOSwCKxkdIVw&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640257?hash=item2b49ac92c1:g:xNYAAOSwCKxkdIVw",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kIkAAOSwmrtkdIVy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fM0AAOSwBJRkdIVz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nYMAAOSwDwdkdIV0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Z6UAAOSwP3pkdIV1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GoYAAOSwAclkdIV3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RdwAAOSwqudkdIV4/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0FgAAOSwV9lkdIV7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/h~EAAOSwwQdkdIV8/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/09wAAOSwZQtkdIV-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CbUAAOSw2sNkdIV~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/u8kAAOSw0ElkdIWB/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640257",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:59.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640309|693913139892",
      "title": "Case for Apple iPhone 14 13 12 11 Pro Max XR XS 8 7 SE Shockproof Cover Funda",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640309",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oBQAAOSw-ABkdLDu/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640309%7C693913139892",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/oBQAAOSw-ABkdLDu/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640309?hash=item2b49ac92f5%3Ag%3AoBQAAOSw-ABkdLDu&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640309?hash=item2b49ac92f5:g:oBQAAOSw-ABkdLDu",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CS0AAOSwsR5kdLD~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/R3oAAOSwZElkdLEA/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/caUAAOSwYTpkdLEC/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xxIAAOSw~lpkdLEE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mSwAAOSwAY5kdLEF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nhMAAOSwBr1kdLEG/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PeEAAOSw85VkdLEI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TpoAAOSwMcZkdLEJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AJoAAOSwMexkdLEK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HV4AAOSwO9pkdLEM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~~IAAOSwDMZkdLEN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3KMAAOSwOkNkdLEO/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640309",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:15.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640323|693913208861",
      "title": "Original Pure Case For iPhone 14 Plus 13 12 11 Pro Max Shockproof Silicone Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640323",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kAgAAOSwGs9kdK1T/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640323%7C693913208861",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/kAgAAOSwGs9kdK1T/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640323?hash=item2b49ac9303%3Ag%3AkAgAAOSwGs9kdK1T&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640323?hash=item2b49ac9303:g:kAgAAOSwGs9kdK1T",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pSsAAOSw-W9kdK1k/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eGAAAOSwNjNkdK1m/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/l0wAAOSwJ19kdK1n/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lpMAAOSwm~lkdK1o/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/b~MAAOSwxF5kdK1q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FRUAAOSwti9kdK1r/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oA4AAOSw8tJkdK1u/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/quYAAOSwgVVkdK1v/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sOgAAOSwjoRkdK1w/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FBEAAOSwoZVkdK1y/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4x4AAOSwj9hkdK1z/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640323",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:37.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640278|693913256240",
      "title": "ULTRA THIN Shockproof Matte Case  For iPhone 14 13 12 11 Pro Max Xs Max Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640278",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LDoAAOSwvIFkdIC6/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640278%7C693913256240",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/LDoAAOSwvIFkdIC6/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640278?hash=item2b49ac92d6%3Ag%3ALDoAAOSwvIFkdIC6&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640278?hash=item2b49ac92d6:g:LDoAAOSwvIFkdIC6",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UyoAAOSwxrpkdIDJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9EAAAOSw~QBkdIDK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5tcAAOSwro9kdIDM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JCsAAOSwxF5kdIDN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/24cAAOSwhelkdIDO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/u4gAAOSwC~5kdIDQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U-AAAOSwJINkdIDR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tBAAAOSwyeRkdIDT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ViQAAOSwxyJkdIDW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/b1MAAOSw~lpkdIDX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/r~4AAOSw0ElkdIDZ/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640278",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:34.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640283|693913256739",
      "title": "Case Per Apple iPhone 14 Plus 13 12 11 Pro Max 8 Shockproof Silicone Cover Funda",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640283",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QCQAAOSw6xNkdK02/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640283%7C693913256739",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/QCQAAOSw6xNkdK02/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640283?hash=item2b49ac92db%3Ag%3AQCQAAOSw6xNkdK02&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640283?hash=item2b49ac92db:g:QCQAAOSw6xNkdK02",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/X1kAAOSwGZtkdK1d/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2z8AAOSwfE1kdK1f/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UzIAAOSw1RJkdK1i/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ui0AAOSwW-ZkdK1j/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oAwAAOSw8tJkdK1t/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AgEAAOSw26NkdK1u/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640283",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:44.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640290|693913257475",
      "title": "Shockproof Armor Matte Case For iPhone 14 13 12 11 Pro Max XR XS 87se Hard Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640290",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6XEAAOSwqGZkdIDF/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640290%7C693913257475",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/6XEAAOSwqGZkdIDF/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640290?hash=item2b49ac92e2%3Ag%3A6XEAAOSwqGZkdIDF&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640290?hash=item2b49ac92e2:g:6XEAAOSwqGZkdIDF",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WZYAAOSwFThkdIDO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/l-4AAOSwNyxkdIDP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/u4kAAOSwC~5kdIDR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RboAAOSwnm5kdIDT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/p30AAOSwaI9kdIDU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mUwAAOSwChVkdIDV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ztUAAOSwTDhkdIDX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AJEAAOSwyv9kdIDY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pfkAAOSwrOVkdIDZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/d6UAAOSwg3BkdIDa/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MKUAAOSwOAxkdIDb/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640290",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:56.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640319|693913258763",
      "title": "ULTRA THIN Shockproof Matte Case Cover For iPhone 14 Plus 13 12 11 Pro Max X Max",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640319",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/25UAAOSwmPpkdIDP/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640319%7C693913258763",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/25UAAOSwmPpkdIDP/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640319?hash=item2b49ac92ff%3Ag%3A25UAAOSwmPpkdIDP&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640319?hash=item2b49ac92ff:g:25UAAOSwmPpkdIDP",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dzkAAOSwlahkdIDS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/emcAAOSw0aBkdIDU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xaUAAOSwiO9kdIDV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5EAAAOSwUllkdIDW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JBIAAOSwOwdkdIDX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/czMAAOSwcZRkdIDZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YPEAAOSwGtNkdIDb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kQcAAOSwhQBkdIDc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6XcAAOSwaJ1kdIDd/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fd4AAOSwhU1kdIDe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IY0AAOSwzl1kdIDg/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640319",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:29.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640338|693913260223",
      "title": "Original Silicone Case For Apple iPhone 14 13 12 11 Pro Max  XS XR 7 8 Funda",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640338",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OdEAAOSwiXhkdHzH/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640338%7C693913260223",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/OdEAAOSwiXhkdHzH/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640338?hash=item2b49ac9312%3Ag%3AOdEAAOSwiXhkdHzH&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640338?hash=item2b49ac9312:g:OdEAAOSwiXhkdHzH",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uYsAAOSw7bZkdHzM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SZwAAOSwqttkdHzN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-rAAAOSwm61kdHzP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SQoAAOSwYSdkdHzQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pHkAAOSwPfhkdHzR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CEQAAOSw4khkdHzS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AHMAAOSwsZpkdHzU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/F1cAAOSwqE1kdHzV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xeAAAOSwF0NkdHzW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ODoAAOSw8shkdHzX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZzkAAOSwkidkdHzY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KmcAAOSwxQhkdHza/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640338",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:11.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640384|693913266835",
      "title": "Case For iPhone 14 13 12 11 Pro Max Mini X XR 8 7 Plating Silicone Clear Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640384",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/y4MAAOSwsl5kdIC-/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640384%7C693913266835",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/y4MAAOSwsl5kdIC-/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640384?hash=item2b49ac9340%3Ag%3Ay4MAAOSwsl5kdIC-&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640384?hash=item2b49ac9340:g:y4MAAOSwsl5kdIC-",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yywAAOSw3ZRkdIDM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/E0IAAOSwiXRkdIDN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fjsAAOSwMQ9kdIDP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mpgAAOSwaeZkdIDQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VAsAAOSwAftkdIDR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iqwAAOSw1QZkdIDT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3S4AAOSwB01kdIDU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/c54AAOSwK6VkdIDW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MM8AAOSw3WJkdIDX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FpYAAOSw02hkdIDY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LxgAAOSwu5RkdIDa/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640384",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:12.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640390|693913267929",
      "title": "Original Plating Clear Case For iPhone 14 13 12 11 Pro Mini Xs Max X 8 7 SE",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640390",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UjAAAOSwc6VkdCt7/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640390%7C693913267929",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/UjAAAOSwc6VkdCt7/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640390?hash=item2b49ac9346%3Ag%3AUjAAAOSwc6VkdCt7&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640390?hash=item2b49ac9346:g:UjAAAOSwc6VkdCt7",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8YcAAOSwwdhkdCuK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/aPYAAOSw-XFkdCuL/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P7oAAOSwFJtkdCuN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WgUAAOSws7dkdCuO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kUIAAOSwxrpkdCuR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/txIAAOSwIjpkdCuT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GiQAAOSwF0NkdCuV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/648AAOSwOSpkdCuW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/K0gAAOSwDPdkdCuY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dlsAAOSwcRBkdCuZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3jcAAOSwVB1kdCub/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640390",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:33.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640398|693912993854",
      "title": "Case for Apple iPhone 11 12 13 14 Pro Max Mini 6 7 8+SE XR XS Shockproof Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640398",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/D90AAOSw-u9kdLXA/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640398%7C693912993854",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/D90AAOSw-u9kdLXA/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640398?hash=item2b49ac934e%3Ag%3AD90AAOSw-u9kdLXA&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640398?hash=item2b49ac934e:g:D90AAOSw-u9kdLXA",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tkoAAOSwFThkdLXT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/q38AAOSwWSZkdLXV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LkkAAOSw3ZRkdLXX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-OMAAOSwO2hkdLXZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3LgAAOSwDjdkdLXb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yI4AAOSwbFxkdLXe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gpQAAOSwoQlkdLXg/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tnkAAOSwFThkdLXk/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yyUAAOSwa-hkdLXn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YJQAAOSwhotkdLXs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YdAAAOSwuzNkdLXt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rcIAAOSw8thkdLXu/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640398",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:28.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640405|693913270853",
      "title": "Case for Apple iPhone 14 13 12 11 Pro Max Mini 7 8 SE XR Clear Shockproof Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640405",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/L0YAAOSwIw5kdLXh/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640405%7C693913270853",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/L0YAAOSwIw5kdLXh/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640405?hash=item2b49ac9355%3Ag%3AL0YAAOSwIw5kdLXh&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640405?hash=item2b49ac9355:g:L0YAAOSwIw5kdLXh",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hrEAAOSw55lkdLXk/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uP8AAOSwshtkdLXm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/f6gAAOSwWeFkdLXn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/N58AAOSwDXhkdLXp/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GtgAAOSwbY9kdLXq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QPEAAOSwfnBkdLXr/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fbsAAOSwwKRkdLXw/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IEMAAOSw1YpkdLXx/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GR8AAOSw7mdkdLXz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/e74AAOSwnuBkdLX1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lqoAAOSwZLJkdLX2/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640405",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:13.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385591174484|653409131794",
      "title": "Luxury Leather Case For iPhone 14 13 12 11 Pro Max Mini XR X XS MAX 8 7 Plus",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385591174484",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fCMAAOSwjaNkU60b/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385591174484%7C653409131794",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/fCMAAOSwjaNkU60b/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385591174484?hash=item59c7066554%3Ag%3AfCMAAOSwjaNkU60b&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385591174484?hash=item59c7066554:g:fCMAAOSwjaNkU60b",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RpkAAOSw~o9kU60h/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WK4AAOSwHzZkU60j/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/d0wAAOSwVQ5kU60l/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XlAAAOSwBD5kU60m/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/28AAAOSwuX5kU60o/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bGMAAOSw8ItkU60p/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fwsAAOSweYhkU60q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tWQAAOSwMxBkU60s/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3~sAAOSwILZkU60t/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cccAAOSwnx1kU60u/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385591174484",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-05T13:04:21.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295608522439|593676879130",
      "title": "Para iPhone 14 Plus 13 12 11 Pro Max Tempered Glass Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295608522439",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qf8AAOSwTFJkLJob/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295608522439%7C593676879130",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/qf8AAOSwTFJkLJob/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295608522439?hash=item44d3a416c7%3Ag%3Aqf8AAOSwTFJkLJob&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295608522439?hash=item44d3a416c7:g:qf8AAOSwTFJkLJob",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dy8AAOSwB5VkLJon/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ibMAAOSwBYtkLJoq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JoAAAOSwSuBkLJos/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yLcAAOSwHMxkLJou/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ydgAAOSw1GRkLJov/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/W2MAAOSwQutkLJox/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/B-QAAOSwAf1kLJoz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-l0AAOSwXxZkLJo0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qA8AAOSwlWNkLJo2/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nf8AAOSwwydkLJo4/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295608522439",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-05T21:45:04.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295554756053|593625210530",
      "title": "For iPhone 14 13 12 11 Pro Max Tempered Glass Privacy Screen Camera Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295554756053",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QwAAAOSwXoZkBcyU/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295554756053%7C593625210530",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/QwAAAOSwXoZkBcyU/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295554756053?hash=item44d06fadd5%3Ag%3AQwAAAOSwXoZkBcyU&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295554756053?hash=item44d06fadd5:g:QwAAAOSwXoZkBcyU",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gzMAAOSwF-ZkBcyX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3GUAAOSwdDRkBcyZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8VkAAOSwwbpkBcya/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TRYAAOSw4uhkBcyc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/i7QAAOSwoiJkBcyf/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oiQAAOSwrP5kBcyi/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TYcAAOSwHE1kBcyj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wgEAAOSwoSVkBcyl/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295554756053",
      "availableCoupons": False,
      "itemCreationDate": "2023-03-07T11:22:27.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385462201432|653344679850",
      "title": "Per iPhone 14 Plus 13 12 11 Pro Max Bling Diamond Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385462201432",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZbkAAOSwTuVkBdQP/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385462201432%7C653344679850",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/ZbkAAOSwTuVkBdQP/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385462201432?hash=item59bf566c58%3Ag%3AZbkAAOSwTuVkBdQP&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385462201432?hash=item59bf566c58:g:ZbkAAOSwTuVkBdQP",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lnIAAOSwvq1kBdQl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xb8AAOSwDFdkBdQn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1LcAAOSwmatkBdQv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3NsAAOSwwglkBdQz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/F6cAAOSwr0xkBdQ0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PRoAAOSwpFRkBdQ2/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9hQAAOSwQ8JkBdQ4/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dEoAAOSwvzZkBdQ5/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iBgAAOSwH2xkBdQ7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nhcAAOSwj~dkBdQ~/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385462201432",
      "availableCoupons": False,
      "itemCreationDate": "2023-03-07T12:04:41.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|125453098353|426476311612",
      "title": "3X 9H Camera Lens For iPhone 14 13 12 11 Max Case Protector Tempered Glass Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125453098353",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Kg4AAOSwU9VjgpO~/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125453098353%7C426476311612",
      "seller": {
        "username": "crystaluk03",
        "feedbackPercentage": "95.9",
        "feedbackScore": 5612
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/Kg4AAOSwU9VjgpO~/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/125453098353?hash=item1d35965d71%3Ag%3AKg4AAOSwU9VjgpO%7E&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/125453098353?hash=item1d35965d71:g:Kg4AAOSwU9VjgpO~",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RV0AAOSwWeJi8BSK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IU8AAOSwss9i8BSW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/A74AAOSwjWxi8BSg/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fuUAAOSwLYli8BSo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/R6wAAOSwc3hi8BSw/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "125453098353",
      "availableCoupons": False,
      "itemCreationDate": "2022-08-08T20:10:32.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295564826827|593632204076",
      "title": "3PACK Camera Lens Protector Tempered GLASS 9H iPhone 14 13 12 11 Pro Max Plus",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295564826827",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/h1AAAOSwioVkDxVx/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295564826827%7C593632204076",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/h1AAAOSwioVkDxVx/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295564826827?hash=item44d10958cb%3Ag%3Ah1AAAOSwioVkDxVx&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295564826827?hash=item44d10958cb:g:h1AAAOSwioVkDxVx",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4ekAAOSwI0pkDxWc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kCkAAOSwxc1kDxWe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yg0AAOSwFURkDxWh/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xpgAAOSwUuJkDxWk/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EugAAOSwWjBkDxWm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/17UAAOSwnjJkDxWo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rh4AAOSwz19kDxWr/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LH8AAOSwVUZkDxWt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qtkAAOSwPBpkDxWy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sfIAAOSwFQtkDxW4/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295564826827",
      "availableCoupons": False,
      "itemCreationDate": "2023-03-13T12:28:07.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385175033206|653053801942",
      "title": "FIT iPhone 14 Plus 13 12 11 Pro Max Bling Diamond Camera Lens Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385175033206",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WuIAAOSwiTdjTIR3/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385175033206%7C653053801942",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/WuIAAOSwiTdjTIR3/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385175033206?hash=item59ae389576%3Ag%3AWuIAAOSwiTdjTIR3&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385175033206?hash=item59ae389576:g:WuIAAOSwiTdjTIR3",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9cgAAOSwrDdjTISA/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RBoAAOSwbNJjTISJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QnoAAOSw1-5jTISO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oGkAAOSwayxjTISU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Y9sAAOSwt7FjTISX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/E28AAOSw9axjTISZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/B~kAAOSw2B1jTISb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Nh0AAOSwm49jTISd/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vCIAAOSwAs1jTISf/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wr0AAOSwDXJjTISg/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QswAAOSwk95jTISj/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385175033206",
      "availableCoupons": False,
      "itemCreationDate": "2022-10-17T22:26:00.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|134494020089|0",
      "title": "NEW Gimmighoul (#999) Pokemon Go. Gifts and Friendship included. 🎗️🎗️",
      "leafCategoryIds": [
        "139973"
      ],
      "categories": [
        {
          "categoryId": "139973",
          "categoryName": "Video Games"
        },
        {
          "categoryId": "1249",
          "categoryName": "Video Games & Consoles"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wqsAAOSw0pFkFG33/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C134494020089%7C0",
      "seller": {
        "username": "chrisplante",
        "feedbackPercentage": "100.0",
        "feedbackScore": 253
      },
      "condition": "Like New",
      "conditionId": "2750",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/wqsAAOSw0pFkFG33/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE",
        "BEST_OFFER"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/134494020089?hash=item1f5077e1f9%3Ag%3AwqsAAOSw0pFkFG33&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/134494020089?hash=item1f5077e1f9:g:wqsAAOSw0pFkFG33",
      "itemLocation": {
        "postalCode": "G2L***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "134494020089",
      "availableCoupons": False,
      "itemCreationDate": "2023-03-17T13:45:23.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385558600910|653387046187",
      "title": "Original Plating Case For iPhone 14 13 12 11 Pro Max Mini X XR 6 7 8 Cover Funda",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385558600910",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GrcAAOSw2wRkQDcr/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385558600910%7C653387046187",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/GrcAAOSw2wRkQDcr/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385558600910?hash=item59c5155cce%3Ag%3AGrcAAOSw2wRkQDcr&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385558600910?hash=item59c5155cce:g:GrcAAOSw2wRkQDcr",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/x5UAAOSw8s1kQDcz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Mu4AAOSwHiBkQDc0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IQEAAOSwDglkQDc2/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/m2IAAOSwB2pkQDc3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OHAAAOSwZDhkQDc5/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pCQAAOSw3~JkQDc6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Qq0AAOSwYm5kQDc7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ENgAAOSwPw5kQDc9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8VEAAOSwt31kQDc-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oDkAAOSwkmxkQDdA/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LGQAAOSw4QdkQDdB/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385558600910",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-20T18:57:59.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|192696342650|0",
      "title": "TELUS OR KOODO - iPHONE 4 4s 5 5s 6 6s 6+ 6s+ SE 7 7+ 8 8+ UNLOCK SERVICE",
      "leafCategoryIds": [
        "317"
      ],
      "categories": [
        {
          "categoryId": "317",
          "categoryName": "Other Specialty Services"
        },
        {
          "categoryId": "316",
          "categoryName": "Specialty Services"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4U8AAOSwarlcAeOZ/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C192696342650%7C0",
      "seller": {
        "username": "mobile-unlocker-4u",
        "feedbackPercentage": "100.0",
        "feedbackScore": 1092
      },
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/4U8AAOSwarlcAeOZ/s-l640.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/192696342650?hash=item2cdd98d87a%3Ag%3A4U8AAOSwarlcAeOZ&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/192696342650?hash=item2cdd98d87a:g:4U8AAOSwarlcAeOZ",
      "itemLocation": {
        "postalCode": "M5T***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "192696342650",
      "availableCoupons": False,
      "itemCreationDate": "2018-10-20T22:08:45.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385561181134|653388416384",
      "title": "2X iPhone 14 13 12 11 Pro X XR 6 7 8 Anti Spy Tempered GLASS Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385561181134",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VcwAAOSwNI9kQcij/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385561181134%7C653388416384",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/VcwAAOSwNI9kQcij/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385561181134?hash=item59c53cbbce%3Ag%3AVcwAAOSwNI9kQcij&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385561181134?hash=item59c53cbbce:g:VcwAAOSwNI9kQcij",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5AcAAOSwGg5kQcin/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xSYAAOSwOtlkQcio/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PjQAAOSwt21kQcio/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-AMAAOSwZoRkQciq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oDoAAOSw~VRkQcir/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385561181134",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-21T23:20:32.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|285157134202|0",
      "title": " Telus Koodo Unlock Code for All iPhones Samsung Lg Fast Service within few hour",
      "leafCategoryIds": [
        "317"
      ],
      "categories": [
        {
          "categoryId": "317",
          "categoryName": "Other Specialty Services"
        },
        {
          "categoryId": "316",
          "categoryName": "Specialty Services"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qYQAAOSwPPxeLUx-/s-l225.jpg"
      },
      "price": {
        "value": "0.75",
        "currency": "USD",
        "convertedFromValue": "0.99",
        "convertedFromCurrency": "CAD"
      },
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C285157134202%7C0",
      "seller": {
        "username": "cheapstuff41",
        "feedbackPercentage": "100.0",
        "feedbackScore": 685
      },
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/qYQAAOSwPPxeLUx-/s-l1200.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.01",
            "currency": "USD",
            "convertedFromValue": "0.01",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/285157134202?hash=item4264b08f7a%3Ag%3AqYQAAOSwPPxeLUx-&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/285157134202?hash=item4264b08f7a:g:qYQAAOSwPPxeLUx-",
      "itemLocation": {
        "postalCode": "T3V***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "285157134202",
      "availableCoupons": False,
      "itemCreationDate": "2023-02-23T03:12:12.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|125898610742|426853964195",
      "title": "3PCS SCREEN PROTECTOR For iPhone 14 13 12 11 PRO MAX  XR COVER Tempered Glass",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125898610742",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/F-0AAOSw94xkRKsx/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125898610742%7C426853964195",
      "seller": {
        "username": "crystaluk03",
        "feedbackPercentage": "95.9",
        "feedbackScore": 5612
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/F-0AAOSw94xkRKsx/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/125898610742?hash=item1d50245836%3Ag%3AF-0AAOSw94xkRKsx&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/125898610742?hash=item1d50245836:g:F-0AAOSw94xkRKsx",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/av0AAOSwUVZkRKsy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/C70AAOSw2h1kRKs1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UaMAAOSwJTlkRKs3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CtIAAOSw5gtkRKs9/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "125898610742",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-24T03:51:36.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385565840319|653392388232",
      "title": "2pcs iPhone 14 13 12 11 Pro X XR 6 7 8 Anti Spy Tempered GLASS Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385565840319",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jdsAAOSwpetkRLJl/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385565840319%7C653392388232",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/jdsAAOSwpetkRLJl/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385565840319?hash=item59c583d3bf%3Ag%3AjdsAAOSwpetkRLJl&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385565840319?hash=item59c583d3bf:g:jdsAAOSwpetkRLJl",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Y5sAAOSwwkpkRLJm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~bUAAOSwbK9kRLJn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yI0AAOSw8UZkRLJp/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Ns0AAOSwn3hkRLJq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/k6UAAOSwn-VkRLJs/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385565840319",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-24T04:22:13.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|295651086893|593776230253",
      "title": "For iPhone 14 13 12 11 Pro Max Tempered Glass Film Privacy Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295651086893",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2NgAAOSwEOlkRLQ4/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295651086893%7C593776230253",
      "seller": {
        "username": "todo7perfector",
        "feedbackPercentage": "97.4",
        "feedbackScore": 1019
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/2NgAAOSwEOlkRLQ4/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/295651086893?hash=item44d62d922d%3Ag%3A2NgAAOSwEOlkRLQ4&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/295651086893?hash=item44d62d922d:g:2NgAAOSwEOlkRLQ4",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/irAAAOSweM5kRLQ6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/trUAAOSwNI9kRLQ7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-74AAOSwa5tkRLQ9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uckAAOSwbEZkRLQ~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~r0AAOSwbo9kRLRC/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/io8AAOSwu-BkRLRE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5YYAAOSwQ8tkRLRF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/m9wAAOSwb19kRLRH/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "295651086893",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-24T04:30:09.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|385566850083|653392817303",
      "title": "3X For iPhone 14 13 12 11 Pro Max X Privacy Tempered Glass Screen Protector",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385566850083",
      "leafCategoryIds": [
        "58540"
      ],
      "categories": [
        {
          "categoryId": "58540",
          "categoryName": "Screen Protectors"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JsUAAOSwIstkRVpG/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385566850083%7C653392817303",
      "seller": {
        "username": "funda48",
        "feedbackPercentage": "94.6",
        "feedbackScore": 1541
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/JsUAAOSwIstkRVpG/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/385566850083?hash=item59c5933c23%3Ag%3AJsUAAOSwIstkRVpG&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/385566850083?hash=item59c5933c23:g:JsUAAOSwIstkRVpG",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P8kAAOSwZqdkRVpX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AIYAAOSwkhxkRVpZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8sIAAOSwOd1kRVpb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XlUAAOSwUV1kRVpd/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EG0AAOSwvCdkRVpe/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "385566850083",
      "availableCoupons": False,
      "itemCreationDate": "2023-04-24T17:02:45.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|125630716328|426664922598",
      "title": "3X SCREEN PROTECTOR For iPhone 14 13 12 11 PRO MAX Min XR COVER Tempered Glass",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125630716328",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CLYAAOSwzEZjgZOi/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125630716328%7C426664922598",
      "seller": {
        "username": "crystaluk03",
        "feedbackPercentage": "95.9",
        "feedbackScore": 5612
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/CLYAAOSwzEZjgZOi/s-l1600.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/125630716328?hash=item1d402c99a8%3Ag%3ACLYAAOSwzEZjgZOi&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/125630716328?hash=item1d402c99a8:g:CLYAAOSwzEZjgZOi",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NuUAAOSwcxFjgZGF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4asAAOSwYGljgZGH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JVUAAOSw7vNjgZGJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/thUAAOSwNLRjgZGL/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "125630716328",
      "availableCoupons": False,
      "itemCreationDate": "2022-11-27T04:19:02.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|112152596512|0",
      "title": "24 HOUR UNLOCK - TELUS OR KOODO - iPHONE 4 4s 5 5s 6 6s 6+ 6s+ SE 7 7+ 8 8+",
      "leafCategoryIds": [
        "317"
      ],
      "categories": [
        {
          "categoryId": "317",
          "categoryName": "Other Specialty Services"
        },
        {
          "categoryId": "316",
          "categoryName": "Specialty Services"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PxsAAOSwE95aX7xn/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C112152596512%7C0",
      "seller": {
        "username": "cellphone-unlock-services",
        "feedbackPercentage": "100.0",
        "feedbackScore": 3072
      },
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/PxsAAOSwE95aX7xn/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/112152596512?hash=item1a1cd0d020%3Ag%3APxsAAOSwE95aX7xn&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/112152596512?hash=item1a1cd0d020:g:PxsAAOSwE95aX7xn",
      "itemLocation": {
        "postalCode": "M5T***",
        "country": "CA"
      },
      "adultOnly": False,
      "legacyItemId": "112152596512",
      "availableCoupons": False,
      "itemCreationDate": "2016-09-29T16:58:14.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640238|693912904388",
      "title": "Girl's Cute Heart Shockproof Cover Case For iPhone 14 13 12 11 Pro X Max XR 7 8",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640238",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/l2IAAOSwJ19kdK14/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640238%7C693912904388",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/l2IAAOSwJ19kdK14/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640238?hash=item2b49ac92ae%3Ag%3Al2IAAOSwJ19kdK14&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640238?hash=item2b49ac92ae:g:l2IAAOSwJ19kdK14",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rMoAAOSwfvVkdK2F/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fBYAAOSwv-NkdK2H/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PkYAAOSwNJ5kdK2J/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AlIAAOSwFaRkdK2K/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PxkAAOSwmNdkdK2L/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-YYAAOSwJc5kdK2N/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/G1oAAOSwyZNkdK2O/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZgwAAOSw34xkdK2P/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xaEAAOSw8UNkdK2R/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cA4AAOSw07VkdK2T/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uVsAAOSwtSZkdK2U/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640238",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:41.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640216|693912923386",
      "title": "ShockProof MagSafe Case for iPhone 14 Plus 13 12 11 Pro Max Magnetic Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640216",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PokAAOSwRrRkdC8C/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640216%7C693912923386",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/PokAAOSwRrRkdC8C/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640216?hash=item2b49ac9298%3Ag%3APokAAOSwRrRkdC8C&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640216?hash=item2b49ac9298:g:PokAAOSwRrRkdC8C",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Ew4AAOSw~zRkdC8H/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VSgAAOSwnIRkdC8J/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PcUAAOSwhT1kdC8K/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2zUAAOSwdq9kdC8L/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~EkAAOSw-4BkdC8N/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IjIAAOSwkkRkdC8Q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IGIAAOSwRxNkdC8R/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Q50AAOSwCBFkdC8T/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-zIAAOSwa3hkdC8V/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tpoAAOSwBvpkdC8X/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AMMAAOSwJeJkdC8Y/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640216",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:52.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640237|693913026145",
      "title": "MagSafe Leather Case Magnetic Charging Slim Cover Cover For iPhone 14 13 12 Pro",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640237",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rYMAAOSwNLxkdIDC/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640237%7C693913026145",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/rYMAAOSwNLxkdIDC/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640237?hash=item2b49ac92ad%3Ag%3ArYMAAOSwNLxkdIDC&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640237?hash=item2b49ac92ad:g:rYMAAOSwNLxkdIDC",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~P0AAOSw0axkdIDK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/o1MAAOSwiipkdIDL/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pSIAAOSwh2pkdIDN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cXsAAOSwecVkdIDO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/A2wAAOSwXdRkdIDP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xwsAAOSw8j9kdIDQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KhEAAOSw6k1kdIDS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hPwAAOSwpzNkdIDT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/S0YAAOSwBQtkdIDU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gnYAAOSwy45kdIDV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iLUAAOSwkpFkdIDW/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640237",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:15.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640248|693913026384",
      "title": "MagSafe Leather Case Magnetic Charging Slim Cover Fit iPhone 14 13 12 11Pro Max",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640248",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4MIAAOSwFVlkdLDz/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640248%7C693913026384",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/4MIAAOSwFVlkdLDz/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640248?hash=item2b49ac92b8%3Ag%3A4MIAAOSwFVlkdLDz&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640248?hash=item2b49ac92b8:g:4MIAAOSwFVlkdLDz",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FvQAAOSwlAhkdLEC/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xoEAAOSw0zVkdLEE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xF0AAOSwp8BkdLEG/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AYUAAOSwwh9kdLEH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GOUAAOSwoZVkdLEK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QUgAAOSwtKZkdLEM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CpkAAOSwR2VkdLEN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OG8AAOSwt-NkdLEP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MlUAAOSw3zhkdLEQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SK4AAOSwdvpkdLES/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0skAAOSwzX9kdLET/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640248",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:21.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640199|693913036408",
      "title": "Girl's Cute Heart Shockproof Cover Case For iPhone 14 13 12 11 Pro Max Mini X 87",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640199",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9YUAAOSwa3hkdK08/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.01",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640199%7C693913036408",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/9YUAAOSwa3hkdK08/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640199?hash=item2b49ac9287%3Ag%3A9YUAAOSwa3hkdK08&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640199?hash=item2b49ac9287:g:9YUAAOSwa3hkdK08",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/n84AAOSw8tJkdK1C/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SI0AAOSwb~1kdK1L/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZhQAAOSwcBdkdK1M/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cR0AAOSwIARkdK1O/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wM4AAOSwxfBkdK1P/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/d8sAAOSwpDhkdK1Q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8SoAAOSwGZlkdK1R/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/X0oAAOSwGZtkdK1V/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uwEAAOSwAlZkdK1W/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vF8AAOSw1e5kdK1X/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/C2QAAOSwdR5kdK1Z/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/m~kAAOSwP3pkdK1a/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wDwAAOSwa-hkdK1b/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640199",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:24.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640200|693913041601",
      "title": "MagSafe Leather Case Magnetic Charging Cover Fit iPhone 14 Plus13 12 11 Pro Max",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640200",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OPoAAOSweo5kdDJL/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640200%7C693913041601",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/OPoAAOSweo5kdDJL/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640200?hash=item2b49ac9288%3Ag%3AOPoAAOSweo5kdDJL&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640200?hash=item2b49ac9288:g:OPoAAOSweo5kdDJL",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sSoAAOSwxyJkdDJP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Q24AAOSwRrRkdDJR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0koAAOSwZLJkdDJS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2H4AAOSwolhkdDJU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jEMAAOSw4rhkdDJV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Th4AAOSww2NkdDJX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QuMAAOSwjyVkdDJa/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mQ0AAOSwttdkdDJc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/exMAAOSw6xNkdDJd/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qrcAAOSwKfxkdDJe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bscAAOSwEm9kdDJh/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640200",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:40.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640202|693913062607",
      "title": "Case For iPhone 13 11 12 Pro Max 14 Plus Magsafe Magnetic ShockProof Full Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640202",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5vMAAOSwwRxkdK1C/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640202%7C693913062607",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/5vMAAOSwwRxkdK1C/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640202?hash=item2b49ac928a%3Ag%3A5vMAAOSwwRxkdK1C&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640202?hash=item2b49ac928a:g:5vMAAOSwwRxkdK1C",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pewAAOSwV91kdK1I/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/X24AAOSw1ENkdK1K/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kywAAOSwAY5kdK1L/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JlAAAOSwfL1kdK1P/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xKMAAOSwlSRkdK1Q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uhUAAOSwW-ZkdK1S/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Kp0AAOSw6wNkdK1T/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bi0AAOSwXBNkdK1W/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kwYAAOSwttdkdK1Y/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nXYAAOSwWGZkdK1a/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cHcAAOSwwn9kdK1e/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640202",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:40.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640227|693913091086",
      "title": "Original ShockProof Case For iPhone 14 13 12 11 Pro Max X 7+8 Leather Soft Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640227",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Oy0AAOSwc4hkdLWq/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.01",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640227%7C693913091086",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/Oy0AAOSwc4hkdLWq/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640227?hash=item2b49ac92a3%3Ag%3AOy0AAOSwc4hkdLWq&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640227?hash=item2b49ac92a3:g:Oy0AAOSwc4hkdLWq",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~u4AAOSwqpVkdLXK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-fYAAOSwtOFkdLXM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ONAAAOSwmsFkdLXN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ptgAAOSwiQVkdLXR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OxEAAOSw3zhkdLXb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/E8cAAOSwT1FkdLXd/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640227",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:28.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640273|693913112339",
      "title": "MagSafe Leather Case Magnetic Charging Thin For iPhone 14 13 12 11 Pro Max Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640273",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/t40AAOSwC81kdK1o/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640273%7C693913112339",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/t40AAOSwC81kdK1o/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640273?hash=item2b49ac92d1%3Ag%3At40AAOSwC81kdK1o&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640273?hash=item2b49ac92d1:g:t40AAOSwC81kdK1o",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VWMAAOSwz29kdK1v/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bAoAAOSwnrVkdK1w/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/L38AAOSwB01kdK1z/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Q-4AAOSwXdRkdK11/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/u18AAOSwMQ9kdK12/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pjMAAOSwV91kdK13/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/md0AAOSwIHBkdK15/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZpwAAOSwCTtkdK16/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/V~oAAOSwQx9kdK17/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ijgAAOSwawBkdK19/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640273",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:30.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640209|693913112531",
      "title": "Girl's Cute Heart Shockproof Cover Case For iPhone 14 13 12 11 Pro Xs Max Mini",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640209",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4-kAAOSw1YpkdIV2/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640209%7C693913112531",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/4-kAAOSw1YpkdIV2/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640209?hash=item2b49ac9291%3Ag%3A4-kAAOSw1YpkdIV2&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640209?hash=item2b49ac9291:g:4-kAAOSw1YpkdIV2",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/g2IAAOSwolhkdIWB/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/H0EAAOSwiXRkdIWE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xeoAAOSwcjhkdIWF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JScAAOSwEm9kdIWH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xqAAAOSwg1xkdIWI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DOMAAOSwXdRkdIWJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zSkAAOSwwh9kdIWL/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MUsAAOSw4rhkdIWM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~58AAOSwWDBkdIWO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rjcAAOSwrOVkdIWP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UrkAAOSwPXBkdIWQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vt8AAOSw3kJkdIWS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/s-wAAOSwycFkdIWT/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640209",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:14.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640253|693913132902",
      "title": "Case For iPhone 14 Pro Max 13 12 11 XS 8 7 Shockproof Silicone Cover Color Funda",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640253",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GfIAAOSwDKhkdK11/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640253%7C693913132902",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/GfIAAOSwDKhkdK11/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640253?hash=item2b49ac92bd%3Ag%3AGfIAAOSwDKhkdK11&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640253?hash=item2b49ac92bd:g:GfIAAOSwDKhkdK11",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lKgAAOSw7n5kdK16/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Zp8AAOSwCTtkdK18/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/r1UAAOSwAftkdK19/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fZYAAOSwu5RkdK1~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nhwAAOSwClJkdK2C/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oCYAAOSw8tJkdK2D/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SmMAAOSwMcZkdK2F/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jREAAOSwERpkdK2H/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oDAAAOSw8tJkdK2K/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/T88AAOSwyv9kdK2M/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640253",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:35.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640268|693913137255",
      "title": "Girl's Cute Heart Shockproof Cover Case For iPhone 14 13 12 11 Pro Max XR 7 8 SE",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640268",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jCoAAOSwkKBkdLXL/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640268%7C693913137255",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/jCoAAOSwkKBkdLXL/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640268?hash=item2b49ac92cc%3Ag%3AjCoAAOSwkKBkdLXL&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640268?hash=item2b49ac92cc:g:jCoAAOSwkKBkdLXL",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nNIAAOSwnf1kdLXN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oDYAAOSwdl1kdLXj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/l0cAAOSwBQtkdLXl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BOkAAOSwJc5kdLXn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pKcAAOSwIHBkdLXo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zX4AAOSwoSNkdLXp/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8QIAAOSwwRxkdLXq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/htwAAOSw55lkdLXv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pd0AAOSwJ19kdLXy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Y5kAAOSwhUBkdLX1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zZ4AAOSwHgVkdLX4/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640268",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:16.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640245|693913153549",
      "title": "Funda Para iPhone 14 13 12 11 Pro X XS Max 8 7 SE Case Slim MagSafe Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640245",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qMAAAOSwFh9kdK1w/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640245%7C693913153549",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/qMAAAOSwFh9kdK1w/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640245?hash=item2b49ac92b5%3Ag%3AqMAAAOSwFh9kdK1w&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640245?hash=item2b49ac92b5:g:qMAAAOSwFh9kdK1w",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yEUAAOSwEKBkdK1y/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/R-UAAOSwT-lkdK11/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zbUAAOSwRkdkdK12/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qsMAAOSwecVkdK14/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/p5AAAOSwFTBkdK15/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/V1AAAOSwtqFkdK17/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/500AAOSwGshkdK1-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ID0AAOSw8LxkdK2B/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/18gAAOSwG0hkdK2D/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Ak0AAOSwFaRkdK2G/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/35sAAOSwcORkdK2I/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/H98AAOSwZQtkdK2M/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FusAAOSw8j9kdK2O/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dXkAAOSwkttkdK2R/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jkcAAOSwoVtkdK2T/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NOUAAOSwRrRkdK2X/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Jc0AAOSwHL1kdK2a/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640245",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:31.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640220|693913170763",
      "title": "Girl's Cute Heart Shockproof Cover Case For iPhone 14 13 12 11 Pro Max XR Xsmax",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640220",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IegAAOSwnIRkdLWu/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.01",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640220%7C693913170763",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/IegAAOSwnIRkdLWu/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640220?hash=item2b49ac929c%3Ag%3AIegAAOSwnIRkdLWu&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640220?hash=item2b49ac929c:g:IegAAOSwnIRkdLWu",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AzAAAOSwDX9kdLXC/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/G~wAAOSwhp9kdLXD/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HecAAOSwlAhkdLXE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ArkAAOSwRA1kdLXG/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jKQAAOSwvIFkdLXH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ICoAAOSwCP5kdLXI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QyEAAOSw-LZkdLXK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KVgAAOSw4hxkdLXM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jZcAAOSwoF1kdLXO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PM0AAOSwaWxkdLXQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/foUAAOSw4rhkdLXS/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640220",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:17.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640250|693913176456",
      "title": "ShockProof Case For iPhone 14 13 12 11 Pro Max X Max Lambskin Leather Soft Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640250",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/E2MAAOSw-SJkdIDX/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640250%7C693913176456",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/E2MAAOSw-SJkdIDX/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640250?hash=item2b49ac92ba%3Ag%3AE2MAAOSw-SJkdIDX&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640250?hash=item2b49ac92ba:g:E2MAAOSw-SJkdIDX",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HSwAAOSwIARkdIDe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bBgAAOSwpLRkdIDf/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lY4AAOSw6DVkdIDg/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JkYAAOSwc7RkdIDi/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IWQAAOSw8OlkdIDj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/B9gAAOSwWnJkdIDk/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640250",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:08.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640215|693913179011",
      "title": "Premium Funda For iPhone 14 Plus 13 12 11 Pro Max Case Leather Silicone Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640215",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DP8AAOSw3-9kdIVe/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640215%7C693913179011",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/DP8AAOSw3-9kdIVe/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640215?hash=item2b49ac9297%3Ag%3ADP8AAOSw3-9kdIVe&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640215?hash=item2b49ac9297:g:DP8AAOSw3-9kdIVe",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hlcAAOSwwFdkdIVm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Fw8AAOSwXJ5kdIVo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MbkAAOSwNjNkdIVp/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QAUAAOSwwn9kdIVr/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xB4AAOSwDdBkdIVs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xQoAAOSwdR5kdIVt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-hsAAOSwQJZkdIVv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yLUAAOSw5axkdIVx/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Q5gAAOSwHjlkdIVy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/D78AAOSwIKRkdIVz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ngIAAOSwIxVkdIV1/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640215",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:10.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640218|693913184335",
      "title": "MagSafe Leather Case Magnetic Charging Slim Cover Fit iPhone 14 13 Pro Max 12 11",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640218",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NEsAAOSwZAlkdLW2/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640218%7C693913184335",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/NEsAAOSwZAlkdLW2/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640218?hash=item2b49ac929a%3Ag%3ANEsAAOSwZAlkdLW2&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640218?hash=item2b49ac929a:g:NEsAAOSwZAlkdLW2",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Sp0AAOSwiBZkdLXp/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~z0AAOSwkMJkdLXr/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FGAAAOSwhmpkdLXu/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/T7IAAOSwXdRkdLXv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tlQAAOSwcl1kdLXx/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mzAAAOSwJUNkdLXy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mSMAAOSwMShkdLXz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IoAAAOSwti9kdLX1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yUkAAOSwtYtkdLX2/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jxEAAOSw2MpkdLX3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IfkAAOSwB1tkdLX5/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640218",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:09.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640232|693913195758",
      "title": "Girl's Cute Heart Shockproof Cover Case For iPhone 14 13 12 11 Pro Max Xs Max",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640232",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jR4AAOSw~2JkdHzP/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640232%7C693913195758",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/jR4AAOSw~2JkdHzP/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640232?hash=item2b49ac92a8%3Ag%3AjR4AAOSw%7E2JkdHzP&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640232?hash=item2b49ac92a8:g:jR4AAOSw~2JkdHzP",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gPoAAOSwfcFkdHzW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/F7AAAOSw1ENkdHzb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-7QAAOSwuzNkdHzc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qToAAOSwLHBkdHze/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qToAAOSwkMJkdHzf/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/10AAAOSwZYFkdHzg/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qK4AAOSwjH1kdHzh/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WUUAAOSwiQVkdHzj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xMkAAOSwlYlkdHzk/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HpgAAOSw6ZtkdHzl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/s2UAAOSwhA9kdHzn/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mrAAAOSw1sFkdHzo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/R7cAAOSwFh9kdHzp/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640232",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:48.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640221|693913209255",
      "title": "MagSafe Leather Case Magnetic Charging Slim Fot iPhone 14 13 Pro Max 12 11 Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640221",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hyMAAOSw~WtkdLD5/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640221%7C693913209255",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/hyMAAOSw~WtkdLD5/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640221?hash=item2b49ac929d%3Ag%3AhyMAAOSw%7EWtkdLD5&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640221?hash=item2b49ac929d:g:hyMAAOSw~WtkdLD5",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bmIAAOSw0uJkdLEC/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jTYAAOSweZdkdLED/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zLMAAOSwl4NkdLEE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EYYAAOSwWbNkdLEH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1uQAAOSwrDpkdLEI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0VgAAOSwMMNkdLEK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VBkAAOSw-SJkdLEM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eM0AAOSwfGlkdLEN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cawAAOSwOhNkdLEO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ymEAAOSwSQBkdLER/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XeQAAOSwWnJkdLET/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640221",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:30.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640208|693913226975",
      "title": "Clear Case For Apple iPhone 14 13 12 Pro Max Slim Plating MagSafe Magnetic Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640208",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/55cAAOSwRxNkdK1E/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640208%7C693913226975",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/55cAAOSwRxNkdK1E/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640208?hash=item2b49ac9290%3Ag%3A55cAAOSwRxNkdK1E&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640208?hash=item2b49ac9290:g:55cAAOSwRxNkdK1E",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Xu8AAOSwAclkdK1O/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7x0AAOSw1sFkdK1U/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZrYAAOSw3MNkdK1W/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0QoAAOSwrDpkdK1Z/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/D24AAOSwV2hkdK1c/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9cQAAOSwej5kdK1f/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Vy8AAOSwtqFkdK1i/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BhQAAOSw8CRkdK1k/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/A5QAAOSwsR5kdK1n/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WAIAAOSwEt9kdK1p/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zhcAAOSw2MFkdK1s/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640208",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:54.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640198|693913227503",
      "title": "MagSafe Leather Case Magnetic Charging Slim Cover For iPhone 14 Plus 13 Pro Max",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640198",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KjgAAOSweMZkdK1x/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640198%7C693913227503",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/KjgAAOSweMZkdK1x/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640198?hash=item2b49ac9286%3Ag%3AKjgAAOSweMZkdK1x&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640198?hash=item2b49ac9286:g:KjgAAOSweMZkdK1x",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7-sAAOSwE2FkdK18/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XuIAAOSwi3lkdK1-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FBsAAOSwoZVkdK1~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JpUAAOSwfL1kdK2B/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QU4AAOSwm61kdK2C/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/55sAAOSwaeZkdK2D/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NdEAAOSwUllkdK2F/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PhAAAOSwhBJkdK2G/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fkkAAOSwkKBkdK2I/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fZEAAOSwfJRkdK2K/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qwkAAOSwgVVkdK2M/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640198",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:02.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640240|693913234752",
      "title": "MagSafe Leather Case Magnetic Charging Slim Per iPhone 14 13 12 11 Pro Max Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640240",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3EoAAOSwOSpkdK1u/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640240%7C693913234752",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/3EoAAOSwOSpkdK1u/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640240?hash=item2b49ac92b0%3Ag%3A3EoAAOSwOSpkdK1u&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640240?hash=item2b49ac92b0:g:3EoAAOSwOSpkdK1u",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZN8AAOSwtWJkdK14/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/M1YAAOSweo5kdK15/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mf4AAOSwcmlkdK17/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/POMAAOSwtKZkdK19/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6gcAAOSw5w1kdK2A/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oJUAAOSwg2xkdK2C/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~FUAAOSwiipkdK2F/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RkIAAOSwa0VkdK2I/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pT0AAOSwijVkdK2J/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kjkAAOSwdl1kdK2L/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WssAAOSwMeJkdK2N/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640240",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:19.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640241|693913238790",
      "title": "Funda Para iPhone 14 Plus 13 12 Pro Max  Lens Protector Magnetic MagSafe Case",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640241",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hKUAAOSwBNNkdHzJ/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640241%7C693913238790",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/hKUAAOSwBNNkdHzJ/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640241?hash=item2b49ac92b1%3Ag%3AhKUAAOSwBNNkdHzJ&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640241?hash=item2b49ac92b1:g:hKUAAOSwBNNkdHzJ",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fFYAAOSwMMNkdHzV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/C0cAAOSwRZ5kdHzW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OD0AAOSwHMNkdHzY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-60AAOSwuzNkdHzZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/70AAAOSwA~JkdHzb/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/aVEAAOSwn5FkdHzc/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pfIAAOSwRFpkdHzd/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4ooAAOSwSwBkdHzf/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cU4AAOSwtnJkdHzg/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640241",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:05.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640213|693913241998",
      "title": "MagSafe Leather Case Magnetic Charging Cover For iPhone 13 12 11 Pro Max 14 Plus",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640213",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/n9wAAOSwVvRkdK1K/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640213%7C693913241998",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/n9wAAOSwVvRkdK1K/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640213?hash=item2b49ac9295%3Ag%3An9wAAOSwVvRkdK1K&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640213?hash=item2b49ac9295:g:n9wAAOSwVvRkdK1K",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VTAAAOSwz29kdK1R/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4JsAAOSwzcBkdK1S/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cn8AAOSwPJlkdK1X/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TqcAAOSwRZ5kdK1Y/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MosAAOSw3zFkdK1b/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZNMAAOSws~pkdK1c/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DaQAAOSwn4BkdK1d/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/epkAAOSwxmxkdK1e/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NiYAAOSwgrtkdK1h/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WFgAAOSwXLJkdK1i/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UqIAAOSw0axkdK1k/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640213",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:16.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640195|693913247938",
      "title": "Case For iPhone 14 13 12 Pro XS Max 8 7 MagSafe Shockproof Silicone Cover Funda",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640195",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LaQAAOSwMJJkdIVr/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640195%7C693913247938",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/LaQAAOSwMJJkdIVr/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640195?hash=item2b49ac9283%3Ag%3ALaQAAOSwMJJkdIVr&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640195?hash=item2b49ac9283:g:LaQAAOSwMJJkdIVr",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AWEAAOSw~QBkdIVu/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/s6gAAOSwycFkdIVv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZUMAAOSwFThkdIVw/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eIYAAOSwX51kdIVy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/21AAAOSwYZVkdIVz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/drgAAOSwl9BkdIV0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XlwAAOSwJINkdIV1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jIsAAOSw0QpkdIV3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IL8AAOSwCTtkdIV4/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1r8AAOSwDKhkdIV7/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NOEAAOSw6k1kdIV9/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640195",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:34.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640282|693913248254",
      "title": "MagSafe Leather Magnetic Charging Cover Case For iPhone 14 Plus13 12 11 Pro Max",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640282",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TjMAAOSwWQtkdIVz/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640282%7C693913248254",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/TjMAAOSwWQtkdIVz/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640282?hash=item2b49ac92da%3Ag%3ATjMAAOSwWQtkdIVz&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640282?hash=item2b49ac92da:g:TjMAAOSwWQtkdIVz",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U-MAAOSwWVxkdIV-/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5TcAAOSw6wxkdIWA/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/s8gAAOSwycFkdIWB/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qyIAAOSwHZ5kdIWC/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MwUAAOSwHcJkdIWD/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/l50AAOSwDjdkdIWF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pAQAAOSwNyxkdIWG/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U~QAAOSwWGZkdIWH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BXwAAOSws0hkdIWJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nrsAAOSwjrlkdIWL/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/X6MAAOSwOzxkdIWM/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640282",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:09.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640223|693913249243",
      "title": "MagSafe Leather Magnetic Charging Cover FIT iPhone 14 Plus 13 12 11 Pro Max Case",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640223",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Vf4AAOSwA~JkdDXt/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640223%7C693913249243",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/Vf4AAOSwA~JkdDXt/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640223?hash=item2b49ac929f%3Ag%3AVf4AAOSwA%7EJkdDXt&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640223?hash=item2b49ac929f:g:Vf4AAOSwA~JkdDXt",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Y0wAAOSwIGBkdDXx/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BRgAAOSwDX9kdDXy/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sfMAAOSwOwdkdDX0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iesAAOSweMZkdDX1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/auAAAOSwb~1kdDX3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/G1YAAOSwXGdkdDX4/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CmMAAOSwdWNkdDX6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8mQAAOSwrlhkdDX9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gLMAAOSwkttkdDX~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vdkAAOSwyqNkdDYB/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P1YAAOSwCKxkdDYD/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RfgAAOSwqpVkdDYE/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640223",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:11.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640225|693913249430",
      "title": "For iPhone 14 1Plus 3 12 11 Pro Max 8 7 SE Luxury TPU Leather Phone Case Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640225",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/x7AAAOSw1kxkdDTQ/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640225%7C693913249430",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/x7AAAOSw1kxkdDTQ/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640225?hash=item2b49ac92a1%3Ag%3Ax7AAAOSw1kxkdDTQ&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640225?hash=item2b49ac92a1:g:x7AAAOSw1kxkdDTQ",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PXwAAOSweo5kdDTp/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Y18AAOSw9qBkdDTr/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KFkAAOSwkkRkdDTs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vxcAAOSwfGlkdDTv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1uEAAOSwFVlkdDTw/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YzYAAOSwhUBkdDTz/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GjoAAOSwv5NkdDT0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YxcAAOSwA41kdDT2/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XIsAAOSwnIRkdDT3/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/a10AAOSwX3dkdDT6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Pb0AAOSwzBxkdDT7/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640225",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:29.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640233|693913249968",
      "title": "MagSafe Leather Case Magnetic Charging Slim Cover For iPhone 14 ProMax 13 12 11",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640233",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nqUAAOSwYOdkdIV9/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640233%7C693913249968",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/nqUAAOSwYOdkdIV9/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640233?hash=item2b49ac92a9%3Ag%3AnqUAAOSwYOdkdIV9&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640233?hash=item2b49ac92a9:g:nqUAAOSwYOdkdIV9",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6UIAAOSwsERkdIWF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/A9IAAOSwA~JkdIWG/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1uwAAOSwsl5kdIWH/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Do8AAOSwz29kdIWJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TDoAAOSwttdkdIWK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eggAAOSwecVkdIWM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~pgAAOSwnqZkdIWN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AbwAAOSw~QBkdIWO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/6yMAAOSwmsFkdIWP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DAEAAOSwXLJkdIWR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/44wAAOSwRTlkdIWS/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640233",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:17.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640239|693913250668",
      "title": "MagSafe Leather Magnetic Charging Case For iPhone 14 Plus 13 12 11 Pro Max Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640239",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vhYAAOSwxAlkdLWg/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640239%7C693913250668",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/vhYAAOSwxAlkdLWg/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640239?hash=item2b49ac92af%3Ag%3AvhYAAOSwxAlkdLWg&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640239?hash=item2b49ac92af:g:vhYAAOSwxAlkdLWg",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DuYAAOSwRFpkdLXe/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LioAAOSw8LxkdLXi/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YaAAAOSwQx9kdLXj/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Wv4AAOSw499kdLXl/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UlMAAOSw4pRkdLXm/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Pt0AAOSwBgRkdLXo/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PuYAAOSwBgRkdLXr/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eEUAAOSwmdtkdLXs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AKYAAOSw7iNkdLXt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CU4AAOSwKbtkdLXv/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QMYAAOSwZYFkdLXw/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640239",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:14.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640242|693913250935",
      "title": "MagSafe Leather Case Magnetic Charging Cover Fit iPhone 14 Plus 11 12 13 Pro Max",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640242",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-C0AAOSw3kJkdLDy/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640242%7C693913250935",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/-C0AAOSw3kJkdLDy/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640242?hash=item2b49ac92b2%3Ag%3A-C0AAOSw3kJkdLDy&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640242?hash=item2b49ac92b2:g:-C0AAOSw3kJkdLDy",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GNUAAOSwoZVkdLD9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DSkAAOSwV9lkdLD~/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4PoAAOSwfE1kdLEA/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LbkAAOSweMZkdLEB/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/odQAAOSwZb5kdLEE/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sSMAAOSwwdhkdLEF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/01MAAOSwbPtkdLEI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4fEAAOSwaepkdLEN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mSYAAOSwVB1kdLEO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Q9gAAOSwhBJkdLEQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Au8AAOSwKbtkdLER/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640242",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:29.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640244|693913251207",
      "title": "For iPhone 14 13 Pro Max 12 11 XS XR 7 8 Plus Case Leather Silicone Back -Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640244",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4KQAAOSwyhVkdLD8/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640244%7C693913251207",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/4KQAAOSwyhVkdLD8/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640244?hash=item2b49ac92b4%3Ag%3A4KQAAOSwyhVkdLD8&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640244?hash=item2b49ac92b4:g:4KQAAOSwyhVkdLD8",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RXEAAOSwIl1kdLEF/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GnQAAOSwti9kdLEI/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SDsAAOSwPg9kdLEL/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8SYAAOSw5SJkdLEM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SoMAAOSw4pRkdLEO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XhsAAOSwhV1kdLEP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OHQAAOSwfnBkdLER/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Rs0AAOSwFapkdLET/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CqUAAOSwR2VkdLEU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WqcAAOSwxuFkdLEW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/d1sAAOSw4rhkdLEY/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640244",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:37.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640246|693913251507",
      "title": "Per Apple iPhone 14 13 Pro 12 11 Pro Max XS Max 8 7 Luxury Leather Case Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640246",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YqwAAOSwshdkdCty/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640246%7C693913251507",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/YqwAAOSwshdkdCty/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640246?hash=item2b49ac92b6%3Ag%3AYqwAAOSwshdkdCty&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640246?hash=item2b49ac92b6:g:YqwAAOSwshdkdCty",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WagAAOSwGZtkdCt9/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gLoAAOSwWjRkdCuO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/b6YAAOSwWeFkdCuQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/S~cAAOSwHxJkdCuS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/V4QAAOSw9qBkdCuU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MWwAAOSwGZlkdCuV/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/79IAAOSwFOpkdCuW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ejoAAOSwbW9kdCuY/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yG0AAOSwjnJkdCuZ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/57oAAOSw~2JkdCub/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9WQAAOSw-4BkdCuc/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640246",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:04.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640252|693913252198",
      "title": "Luxury Leather Case For iPhone 14 13 12 11 Pro Max Mini XR X XS MAX 8 7 Plus SE",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640252",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jksAAOSwqudkdLDk/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640252%7C693913252198",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/jksAAOSwqudkdLDk/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640252?hash=item2b49ac92bc%3Ag%3AjksAAOSwqudkdLDk&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640252?hash=item2b49ac92bc:g:jksAAOSwqudkdLDk",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pIYAAOSwjnJkdLDq/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NHgAAOSwrwhkdLDs/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vxcAAOSwAlZkdLDt/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BLsAAOSwOYxkdLDw/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ik8AAOSwyqBkdLDx/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NfcAAOSwBgRkdLD0/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/IWwAAOSwsl5kdLD1/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tAQAAOSwokhkdLD6/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GtAAAOSwfjhkdLD8/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jjsAAOSw~5FkdLD9/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640252",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:46.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640255|693913252472",
      "title": "Premium Funda For iPhone 14 13 12 11 Pro Max XS Max Case Leather Silicone Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640255",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~E0AAOSwotVkdK0~/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640255%7C693913252472",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/~E0AAOSwotVkdK0~/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640255?hash=item2b49ac92bf%3Ag%3A%7EE0AAOSwotVkdK0%7E&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640255?hash=item2b49ac92bf:g:~E0AAOSwotVkdK0~",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FzcAAOSw~HJkdK1I/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ciUAAOSwV8RkdK1J/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AS4AAOSwSBlkdK1M/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OkkAAOSwvqtkdK1N/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vEoAAOSw1e5kdK1P/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dj8AAOSwjJ5kdK1Q/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/H~UAAOSw8LxkdK1S/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NloAAOSw-LZkdK1U/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9l4AAOSwDdBkdK1V/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AoIAAOSwLHBkdK1Y/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iZ4AAOSwsUlkdK1a/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640255",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:07:59.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640267|693913254465",
      "title": "MagSafe Leather Case Magnetic Charging Slim Cover Per iPhone 14 13 Pro Max 12 11",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640267",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QaYAAOSwawBkdIDD/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640267%7C693913254465",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/QaYAAOSwawBkdIDD/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640267?hash=item2b49ac92cb%3Ag%3AQaYAAOSwawBkdIDD&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640267?hash=item2b49ac92cb:g:QaYAAOSwawBkdIDD",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OT8AAOSwiFVkdIDL/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dy0AAOSwlahkdIDM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/hPQAAOSwN1xkdIDO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3i0AAOSwzBxkdIDP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sLYAAOSw8~hkdIDQ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-vsAAOSwyVFkdIDR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lXAAAOSwYOdkdIDT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NzEAAOSwvC1kdIDU/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QjUAAOSwGs9kdIDW/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RcEAAOSwnm5kdIDX/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JmoAAOSwYTpkdIDY/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640267",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:08:31.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    },
    {
      "itemId": "v1|185919640364|693912877659",
      "title": "For iPhone 14 Plus 13 12 11 Pro Max XS XR 7 8 Shockproof Silicone 360 Case Cover",
      "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185919640364",
      "leafCategoryIds": [
        "20349"
      ],
      "categories": [
        {
          "categoryId": "20349",
          "categoryName": "Cases, Covers & Skins"
        },
        {
          "categoryId": "15032",
          "categoryName": "Cell Phones & Accessories"
        },
        {
          "categoryId": "9394",
          "categoryName": "Cell Phone Accessories"
        }
      ],
      "image": {
        "imageUrl": "https://i.ebayimg.com/thumbs/images/g/v9EAAOSwT1FkdIWD/s-l225.jpg"
      },
      "price": {
        "value": "0.76",
        "currency": "USD",
        "convertedFromValue": "1.00",
        "convertedFromCurrency": "CAD"
      },
      "itemGroupType": "SELLER_DEFINED_VARIATIONS",
      "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185919640364%7C693912877659",
      "seller": {
        "username": "sole2015",
        "feedbackPercentage": "100.0",
        "feedbackScore": 40
      },
      "condition": "New",
      "conditionId": "1000",
      "thumbnailImages": [
        {
          "imageUrl": "https://i.ebayimg.com/images/g/v9EAAOSwT1FkdIWD/s-l960.jpg"
        }
      ],
      "shippingOptions": [
        {
          "shippingCostType": "FIXED",
          "shippingCost": {
            "value": "0.00",
            "currency": "USD",
            "convertedFromValue": "0.00",
            "convertedFromCurrency": "CAD"
          }
        }
      ],
      "buyingOptions": [
        "FIXED_PRICE"
      ],
      "itemAffiliateWebUrl": "https://www.ebay.com/itm/185919640364?hash=item2b49ac932c%3Ag%3Av9EAAOSwT1FkdIWD&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
      "itemWebUrl": "https://www.ebay.com/itm/185919640364?hash=item2b49ac932c:g:v9EAAOSwT1FkdIWD",
      "itemLocation": {
        "country": "CN"
      },
      "additionalImages": [
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HhgAAOSw5YVkdIWJ/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4YEAAOSw~eFkdIWK/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0xcAAOSw9gZkdIWM/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nsIAAOSwYOdkdIWN/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VSEAAOSwf2NkdIWO/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/w-gAAOSwCP5kdIWP/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GsEAAOSwFEFkdIWR/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Bt0AAOSwNTtkdIWS/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1rMAAOSw7mdkdIWT/s-l225.jpg"
        },
        {
          "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ViUAAOSwSohkdIWU/s-l225.jpg"
        }
      ],
      "adultOnly": False,
      "legacyItemId": "185919640364",
      "availableCoupons": False,
      "itemCreationDate": "2023-05-31T10:06:29.000Z",
      "topRatedBuyingExperience": False,
      "priorityListing": False
    }
  ]
}