response = {
    "href": "https://api.ebay.com/buy/browse/v1/item_summary/search?q=iphone&limit=100&offset=0",
    "total": 8532919,
    "next": "https://api.ebay.com/buy/browse/v1/item_summary/search?q=iphone&limit=100&offset=100",
    "limit": 100,
    "offset": 0,
    "itemSummaries": [
        {
            "itemId": "v1|334691749565|543843548440",
            "title": "2020 Apple iPhone SE 2nd Gen (Great Condition) Unlocked Verizon ATT TMobile",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=334691749565",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XTEAAOSwAPBgrTPy/s-l225.jpg"
            },
            "price": {
                "value": "189.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C334691749565%7C543843548440",
            "seller": {
                "username": "cocosprinkles",
                "feedbackPercentage": "99.9",
                "feedbackScore": 31327
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/XTEAAOSwAPBgrTPy/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "23037864010",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/334691749565?hash=item4ded2ecebd%3Ag%3AXTEAAOSwAPBgrTPy&amdata=enc%3AAQAIAAAA4K3QayBnzrp3aNzPk3Djl1HU7KHxkBTGuuDM%2FLd5e%2FL9qQ8AuSNOtnmD1RKwSdCNqifXDRmTwVAWL9OCNTYtK%2BYGsxTMr4vRU32szt5%2BoV%2B0HOj8KmveLW6L6trreS1hcLO1aN8HrseEQ5ur1lpfND5Cm1s6Efmq%2B7E46zoiu2%2B3e7cpobSlMufowUgoIPu8acR%2BSiD5nhQcVDN9Cv%2BAbzKIT%2BBj%2Bl02u4SgqCKF7W7MnFd%2B74xFZBugiNfQldci8ixnW0rR6GyozOgNzjmgaue2DPBTbWEErX1Ga608Vu3q&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/334691749565?hash=item4ded2ecebd:g:XTEAAOSwAPBgrTPy&amdata=enc%3AAQAIAAAA4K3QayBnzrp3aNzPk3Djl1HU7KHxkBTGuuDM%2FLd5e%2FL9qQ8AuSNOtnmD1RKwSdCNqifXDRmTwVAWL9OCNTYtK%2BYGsxTMr4vRU32szt5%2BoV%2B0HOj8KmveLW6L6trreS1hcLO1aN8HrseEQ5ur1lpfND5Cm1s6Efmq%2B7E46zoiu2%2B3e7cpobSlMufowUgoIPu8acR%2BSiD5nhQcVDN9Cv%2BAbzKIT%2BBj%2Bl02u4SgqCKF7W7MnFd%2B74xFZBugiNfQldci8ixnW0rR6GyozOgNzjmgaue2DPBTbWEErX1Ga608Vu3q",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mHIAAOSw5wRf83Kg/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uV0AAOSw3~df83Kd/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/unYAAOSwKwNf83Ke/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3O8AAOSwfS1f83Kf/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DyoAAOSwdJNj0Vos/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "334691749565",
            "availableCoupons": False,
            "itemCreationDate": "2023-01-05T17:43:03.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|224768021563|523626934469",
            "title": "Apple iPhone 8 (Excellent Condition) Factory Unlocked, AT&T, T-Mobile",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=224768021563",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GKwAAOSwSBpfsXbn/s-l225.jpg"
            },
            "price": {
                "value": "184.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C224768021563%7C523626934469",
            "seller": {
                "username": "cocosprinkles",
                "feedbackPercentage": "99.9",
                "feedbackScore": 31327
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/GKwAAOSwSBpfsXbn/s-l640.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "15022478164",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/224768021563?hash=item345537d43b%3Ag%3AGKwAAOSwSBpfsXbn&amdata=enc%3AAQAIAAAA4B5a2rZQQ%2F4%2Bsyq71X%2FbVK0nH7HEIokL6nj7pVwTVdEhs26d4DKaXJaytuRlNOJYM1S3TFKDX7AFTE1hBWjoqG7075WYny%2Fa3vsLxk%2Bu%2BMqQPZ21GMvHLE%2Ful0XgauqdSnB%2BdHDTWeNsXpAuV3xT8qNnU92CJYknPcnHhjWoseIqnFufzxYfYF5GicbTK2S%2FxiGdZAwb%2FwpUoNZuFNhFdSqflJr4oCDP%2B%2FwEyNsz0z39FARhYZ8JiOlWhnbzI7B96MgSunU5sGX6NkgS0FRP0VCmBrG6Xb2rSmhmEVAlOdfF&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/224768021563?hash=item345537d43b:g:GKwAAOSwSBpfsXbn&amdata=enc%3AAQAIAAAA4B5a2rZQQ%2F4%2Bsyq71X%2FbVK0nH7HEIokL6nj7pVwTVdEhs26d4DKaXJaytuRlNOJYM1S3TFKDX7AFTE1hBWjoqG7075WYny%2Fa3vsLxk%2Bu%2BMqQPZ21GMvHLE%2Ful0XgauqdSnB%2BdHDTWeNsXpAuV3xT8qNnU92CJYknPcnHhjWoseIqnFufzxYfYF5GicbTK2S%2FxiGdZAwb%2FwpUoNZuFNhFdSqflJr4oCDP%2B%2FwEyNsz0z39FARhYZ8JiOlWhnbzI7B96MgSunU5sGX6NkgS0FRP0VCmBrG6Xb2rSmhmEVAlOdfF",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "224768021563",
            "availableCoupons": False,
            "itemCreationDate": "2021-12-31T14:41:46.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|364233055988|633732297126",
            "title": "Apple iPhone 12 mini - (Unlocked) - 64GB - 128GB - 256GB - Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=364233055988",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nFMAAOSwedBkSBYT/s-l225.jpg"
            },
            "price": {
                "value": "359.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C364233055988%7C633732297126",
            "seller": {
                "username": "ltdealsdirect",
                "feedbackPercentage": "98.3",
                "feedbackScore": 5203
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/nFMAAOSwedBkSBYT/s-l500.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "13041717211",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/364233055988?hash=item54cdfb5ef4%3Ag%3AnFMAAOSwedBkSBYT&amdata=enc%3AAQAIAAAA0F%2BBhkIWdrGAMQKNK3isIuhrIv7QBc%2Flw5W5tAUGmG6tNQuN2LFl6vRVC2ljxbfVIUe3UCJQrUYPdQrXtdGKvjKGsI%2B3WVEYc0vPQ9aWx3WRWqmvFH8Yy3nQo%2FFJvlq9CkMYNhS%2BGwvxksJu3sqero%2Btk2%2B6ubQVWl0gzii1wKHhk6V2Gk1wDH71FKm8r58Y09nDFn0ahN5i3OX%2BUlfnqt%2BhA2JJur%2B%2FbAM4Mrd5R5DiH5l5NeBS51aZJump1I2GcpORi7ZSB9aD2NNghYF3hbE%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/364233055988?hash=item54cdfb5ef4:g:nFMAAOSwedBkSBYT&amdata=enc%3AAQAIAAAA0F%2BBhkIWdrGAMQKNK3isIuhrIv7QBc%2Flw5W5tAUGmG6tNQuN2LFl6vRVC2ljxbfVIUe3UCJQrUYPdQrXtdGKvjKGsI%2B3WVEYc0vPQ9aWx3WRWqmvFH8Yy3nQo%2FFJvlq9CkMYNhS%2BGwvxksJu3sqero%2Btk2%2B6ubQVWl0gzii1wKHhk6V2Gk1wDH71FKm8r58Y09nDFn0ahN5i3OX%2BUlfnqt%2BhA2JJur%2B%2FbAM4Mrd5R5DiH5l5NeBS51aZJump1I2GcpORi7ZSB9aD2NNghYF3hbE%3D",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "364233055988",
            "availableCoupons": False,
            "itemCreationDate": "2023-04-25T18:09:58.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|193162998553|493352087578",
            "title": "Apple iPhone 8 64GB GSM Factory Unlocked Smartphone-Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=193162998553",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8G4AAOSwSfJdilBO/s-l225.jpg"
            },
            "price": {
                "value": "114.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C193162998553%7C493352087578",
            "seller": {
                "username": "ipandaelectronics",
                "feedbackPercentage": "96.1",
                "feedbackScore": 14584
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/8G4AAOSwSfJdilBO/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "15022478164",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/193162998553?hash=item2cf9697319%3Ag%3A8G4AAOSwSfJdilBO&amdata=enc%3AAQAIAAAA0D3QX75FP37uQv%2Bv9qdPZqyycD9kOUgs44RV39yUEQs4DkiAjZyke4VqHQ%2B04GOLt6%2BACIYCj5LBZvDh4Uoss5Is6rlwaFy38nS8YaWNT3OCMjXPt735e49z%2FluZB5sX8WuytouzpaSf9NgXNv1rM6aOXmwl16jeCkS7MjSuSBXiZLYvxiDUluu18nIjl%2FijK9yAFmLfcGX3KwqS5OwmV45QvogzS%2FnRkIoAds2Ie%2FfwsDLHBlQLFJZR1npCQbrLXbImsgRGXvoTIYF11WOO7BI%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/193162998553?hash=item2cf9697319:g:8G4AAOSwSfJdilBO&amdata=enc%3AAQAIAAAA0D3QX75FP37uQv%2Bv9qdPZqyycD9kOUgs44RV39yUEQs4DkiAjZyke4VqHQ%2B04GOLt6%2BACIYCj5LBZvDh4Uoss5Is6rlwaFy38nS8YaWNT3OCMjXPt735e49z%2FluZB5sX8WuytouzpaSf9NgXNv1rM6aOXmwl16jeCkS7MjSuSBXiZLYvxiDUluu18nIjl%2FijK9yAFmLfcGX3KwqS5OwmV45QvogzS%2FnRkIoAds2Ie%2FfwsDLHBlQLFJZR1npCQbrLXbImsgRGXvoTIYF11WOO7BI%3D",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wNoAAOSwGiVdilC5/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RGkAAOSwDFRdilDH/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JGgAAOSwOb9dilDh/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/R50AAOSwwD1dilGD/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "193162998553",
            "availableCoupons": False,
            "itemCreationDate": "2019-10-17T18:07:27.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294982633019|593274341235",
            "title": "Apple iPhone 12 mini 64GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294982633019",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sKEAAOSw8vNjmLOd/s-l225.jpg"
            },
            "price": {
                "value": "289.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294982633019%7C593274341235",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "699.00",
                    "currency": "USD"
                },
                "discountPercentage": "59",
                "discountAmount": {
                    "value": "409.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/sKEAAOSw8vNjmLOd/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "9048619142",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294982633019?hash=item44ae55c63b%3Ag%3AsKEAAOSw8vNjmLOd&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294982633019?hash=item44ae55c63b:g:sKEAAOSw8vNjmLOd",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/d-oAAOSwAHRjmLOc/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294982633019",
            "availableCoupons": False,
            "itemCreationDate": "2022-05-13T16:46:45.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|384354718272|652525633190",
            "title": "Apple iPhone 11 - 64GB - All Colors - Fully Unlocked - Very Good Condition ",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=384354718272",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dJEAAOSwJfthDS3V/s-l225.jpg"
            },
            "price": {
                "value": "305.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C384354718272%7C652525633190",
            "seller": {
                "username": "decluttr_store",
                "feedbackPercentage": "99.0",
                "feedbackScore": 3377752
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "339.99",
                    "currency": "USD"
                },
                "discountPercentage": "10",
                "discountAmount": {
                    "value": "34.00",
                    "currency": "USD"
                },
                "priceTreatment": "MARKDOWN"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/dJEAAOSwJfthDS3V/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "19034211465",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/384354718272?hash=item597d539240%3Ag%3AdJEAAOSwJfthDS3V&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/384354718272?hash=item597d539240:g:dJEAAOSwJfthDS3V",
            "itemLocation": {
                "postalCode": "301**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OYQAAOSwoslhDS3f/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "384354718272",
            "availableCoupons": False,
            "itemCreationDate": "2021-08-27T12:17:02.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304087129567|603220178037",
            "title": "Apple iPhone 11 Pro 64GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304087129567",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CG4AAOSw8U1kFd0t/s-l225.jpg"
            },
            "price": {
                "value": "344.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304087129567%7C603220178037",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/CG4AAOSw8U1kFd0t/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "9037957801",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304087129567?hash=item46cd015ddf%3Ag%3ACG4AAOSw8U1kFd0t&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304087129567?hash=item46cd015ddf:g:CG4AAOSw8U1kFd0t",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eIwAAOSwKz1kFd0y/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304087129567",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-30T20:02:02.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|354593664308|623970740045",
            "title": "Apple iPhone 13, A2482, 128GB, Unlocked, Very Good Condition (Free Ship)",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=354593664308",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MUwAAOSwuJtjcrgK/s-l225.jpg"
            },
            "price": {
                "value": "552.65",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C354593664308%7C623970740045",
            "seller": {
                "username": "directauth",
                "feedbackPercentage": "98.4",
                "feedbackScore": 3476
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/MUwAAOSwuJtjcrgK/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "19049287599",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/354593664308?hash=item528f6ded34%3Ag%3AMUwAAOSwuJtjcrgK&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/354593664308?hash=item528f6ded34:g:MUwAAOSwuJtjcrgK",
            "itemLocation": {
                "postalCode": "750**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "354593664308",
            "availableCoupons": False,
            "itemCreationDate": "2023-02-17T23:10:12.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|385619918407|653428867862",
            "title": "Apple iPhone 11 | 11 Pro | 11 Pro Max 64GB 128GB 256GB 512GB UNLOCKED EXCELLENT",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385619918407",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UHwAAOSwke9kZNO5/s-l225.jpg"
            },
            "price": {
                "value": "242.45",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385619918407%7C653428867862",
            "seller": {
                "username": "master_dealer22",
                "feedbackPercentage": "97.1",
                "feedbackScore": 195
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/UHwAAOSwke9kZNO5/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "18045314698",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/385619918407?hash=item59c8bcfe47%3Ag%3AUHwAAOSwke9kZNO5&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/385619918407?hash=item59c8bcfe47:g:UHwAAOSwke9kZNO5",
            "itemLocation": {
                "postalCode": "331**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HzoAAOSwZKhkY9d8/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AaQAAOSwSwBkY9d6/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kfQAAOSws4lkW9aJ/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "385619918407",
            "availableCoupons": False,
            "itemCreationDate": "2023-05-17T14:04:47.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304229092614|603325139522",
            "title": "Apple iPhone 12 64GB Factory Unlocked AT&T T-Mobile Verizon Excellent Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304229092614",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pCYAAOSwikpjmLHp/s-l225.jpg"
            },
            "price": {
                "value": "379.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304229092614%7C603325139522",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/pCYAAOSwikpjmLHp/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "14053796604",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304229092614?hash=item46d5778d06%3Ag%3ApCYAAOSwikpjmLHp&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304229092614?hash=item46d5778d06:g:pCYAAOSwikpjmLHp",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/im0AAOSwoGdjmLHo/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304229092614",
            "availableCoupons": False,
            "itemCreationDate": "2021-11-17T20:08:20.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|235050245153|0",
            "title": "Apple iPhone XR -64GB - Black (Unlocked)",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VRIAAOSw5FJkig1R/s-l225.jpg"
            },
            "price": {
                "value": "199.99",
                "currency": "USD"
            },
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C235050245153%7C0",
            "seller": {
                "username": "synergyindustrial",
                "feedbackPercentage": "99.2",
                "feedbackScore": 51145
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/VRIAAOSw5FJkig1R/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "9037653880",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/235050245153?hash=item36ba161c21%3Ag%3AVRIAAOSw5FJkig1R&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/235050245153?hash=item36ba161c21:g:VRIAAOSw5FJkig1R",
            "itemLocation": {
                "postalCode": "531**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4aoAAOSwUt9kig1e/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/fNMAAOSw4pRkig1s/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xx4AAOSwNLNkig14/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qGEAAOSweo5kig2E/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DucAAOSwcXxkig2R/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OYMAAOSw6ZtkihfR/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "235050245153",
            "availableCoupons": False,
            "itemCreationDate": "2023-06-14T19:48:49.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|363490711983|632710842282",
            "title": "Apple iPhone 12 Pro 128GB Unlocked Smartphone - Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=363490711983",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U4MAAOSwS99hCDnD/s-l225.jpg"
            },
            "price": {
                "value": "494.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C363490711983%7C632710842282",
            "seller": {
                "username": "bidallies",
                "feedbackPercentage": "99.3",
                "feedbackScore": 343031
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "999.00",
                    "currency": "USD"
                },
                "discountPercentage": "50",
                "discountAmount": {
                    "value": "504.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/U4MAAOSwS99hCDnD/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "23043466181",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/363490711983?hash=item54a1bc19af%3Ag%3AU4MAAOSwS99hCDnD&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/363490711983?hash=item54a1bc19af:g:U4MAAOSwS99hCDnD",
            "itemLocation": {
                "postalCode": "070**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "363490711983",
            "availableCoupons": False,
            "itemCreationDate": "2021-08-02T19:27:39.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|255702598592|555639023717",
            "title": "Apple iPhone 12 64GB Unlocked Smartphone - Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=255702598592",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/t2AAAOSwTa1jDsWi/s-l225.jpg"
            },
            "price": {
                "value": "344.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C255702598592%7C555639023717",
            "seller": {
                "username": "cellfeee",
                "feedbackPercentage": "98.8",
                "feedbackScore": 89884
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "799.99",
                    "currency": "USD"
                },
                "discountPercentage": "57",
                "discountAmount": {
                    "value": "455.00",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/t2AAAOSwTa1jDsWi/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "14058853256",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/255702598592?hash=item3b891003c0%3Ag%3At2AAAOSwTa1jDsWi&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/255702598592?hash=item3b891003c0:g:t2AAAOSwTa1jDsWi",
            "itemLocation": {
                "postalCode": "111**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cOYAAOSw2N9jDsWi/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cRMAAOSwNgljDsWk/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "255702598592",
            "availableCoupons": False,
            "itemCreationDate": "2022-08-31T02:21:20.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|204382503530|0",
            "title": "Apple iPhone XR - 64GB - Black CHECK DESCRIPTION",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YkMAAOSwAY5kdnWh/s-l225.jpg"
            },
            "price": {
                "value": "85.00",
                "currency": "USD"
            },
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C204382503530%7C0",
            "seller": {
                "username": "zaloc_3",
                "feedbackPercentage": "0.0",
                "feedbackScore": 0
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/YkMAAOSwAY5kdnWh/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "CALCULATED"
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE",
                "BEST_OFFER"
            ],
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/204382503530?hash=item2f9625826a%3Ag%3AYkMAAOSwAY5kdnWh&amdata=enc%3AAQAIAAAA0DABtiNN%2FCvlCziM%2BqgFb3AVNT9HCPvF5B78E2v9tcIZSVDjrwZHka7WU6tkHfU3rKtbnNMQTzOk4netozznMHsVTM%2F5efsSh%2F7y0K5L9Xz8WM5P%2BT5GdjniqH1j9OgXynV6Nj12mIuIOFjvhwheEd89xza3p5H1CO1OGh%2B4xielolcPjEt0pyKykxwWp7bJ4KzJnPuXVXFRwW85CKABNGxIyOsda%2BZ96PV3cQ5B5IN%2B5LdCnhS2POo74LKyIqgnshHyZaz2VCXaxvBRz%2BqXQqs%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/204382503530?hash=item2f9625826a:g:YkMAAOSwAY5kdnWh&amdata=enc%3AAQAIAAAA0DABtiNN%2FCvlCziM%2BqgFb3AVNT9HCPvF5B78E2v9tcIZSVDjrwZHka7WU6tkHfU3rKtbnNMQTzOk4netozznMHsVTM%2F5efsSh%2F7y0K5L9Xz8WM5P%2BT5GdjniqH1j9OgXynV6Nj12mIuIOFjvhwheEd89xza3p5H1CO1OGh%2B4xielolcPjEt0pyKykxwWp7bJ4KzJnPuXVXFRwW85CKABNGxIyOsda%2BZ96PV3cQ5B5IN%2B5LdCnhS2POo74LKyIqgnshHyZaz2VCXaxvBRz%2BqXQqs%3D",
            "itemLocation": {
                "postalCode": "212**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5JIAAOSwa0VkdnWi/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "204382503530",
            "availableCoupons": False,
            "itemCreationDate": "2023-07-02T04:02:38.000Z",
            "topRatedBuyingExperience": False,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|115632794649|0",
            "title": "Apple iPhone 11 - 64GB - Black (Unlocked) A2111 (CDMA + GSM)",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FzAAAOSwrvBi7SY-/s-l225.jpg"
            },
            "price": {
                "value": "289.89",
                "currency": "USD"
            },
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C115632794649%7C0",
            "seller": {
                "username": "nikatronics",
                "feedbackPercentage": "99.3",
                "feedbackScore": 58215
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/FzAAAOSwrvBi7SY-/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "18045314698",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/115632794649?hash=item1aec406c19%3Ag%3AFzAAAOSwrvBi7SY-&amdata=enc%3AAQAIAAAA0IkgR0PdpZ2SCMB5o4GwCT1kZdlWAmtZ79bHoR8qs8EiE1KHtvhWXN6MDnR80JNBrtxF0gaEy%2FCXH%2BQpHonJnkVwok9wb4lIeQ%2Fl%2FCHwAguNNnsgOhohsCKfqeXP4Pv6dmHt4aTE0UuLOkJUgW0vgPuWi8xc%2BI6ks4gvLCbjHL3lklPOwjqnuTejNyFGpsdQTojlru395YtUjYUm4Dk%2F9MNv98CKOH7VoLTub8RgfLiQlbu842GmF1DJEcyv9kv9ZrmDLeiKtdvZhO00pJvVbYg%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/115632794649?hash=item1aec406c19:g:FzAAAOSwrvBi7SY-&amdata=enc%3AAQAIAAAA0IkgR0PdpZ2SCMB5o4GwCT1kZdlWAmtZ79bHoR8qs8EiE1KHtvhWXN6MDnR80JNBrtxF0gaEy%2FCXH%2BQpHonJnkVwok9wb4lIeQ%2Fl%2FCHwAguNNnsgOhohsCKfqeXP4Pv6dmHt4aTE0UuLOkJUgW0vgPuWi8xc%2BI6ks4gvLCbjHL3lklPOwjqnuTejNyFGpsdQTojlru395YtUjYUm4Dk%2F9MNv98CKOH7VoLTub8RgfLiQlbu842GmF1DJEcyv9kv9ZrmDLeiKtdvZhO00pJvVbYg%3D",
            "itemLocation": {
                "postalCode": "488**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LlwAAOSwBkdi7SZI/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LF4AAOSw121i7SZV/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "115632794649",
            "availableCoupons": False,
            "itemCreationDate": "2022-12-08T21:54:36.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|115398776875|415445405594",
            "title": "Apple iPhone 11 - 128GB 64GB - GSM+CDMA Factory Unlocked \"Excellent' ",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=115398776875",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BI4AAOSwo5Rij4S0/s-l225.jpg"
            },
            "price": {
                "value": "395.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C115398776875%7C415445405594",
            "seller": {
                "username": "cellupgrade",
                "feedbackPercentage": "99.3",
                "feedbackScore": 4702
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/BI4AAOSwo5Rij4S0/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "22034217318",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/115398776875?hash=item1ade4d982b%3Ag%3ABI4AAOSwo5Rij4S0&amdata=enc%3AAQAIAAAA4GtwRH4kSq7kHfWlFpL9FD5QCiEQaiII7gMbiacpc7f13uDEJuTkROrkJhUk2MRpbXGYytz%2BETylNVtlOHFbPLJfMXE7%2B98UxXhCYhcKowygYnDayfhipEKLe%2FTRgLwou8mMFknGccVHx4uvJQ61gn10QRmvwYKieg8hn%2F4upaiiHCyF6Z1Iy9AkKg6WGaGpd9D5jWL7t55I59sGTD5gNRoiABMwsYLEOn6ZoEEN%2BvfxizbsU7D1NArkJBVuAoYYUBKs5xEteEpQQ6ENJY3wb8Kwh9LD6NRgO%2BQb67QYbVtY&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/115398776875?hash=item1ade4d982b:g:BI4AAOSwo5Rij4S0&amdata=enc%3AAQAIAAAA4GtwRH4kSq7kHfWlFpL9FD5QCiEQaiII7gMbiacpc7f13uDEJuTkROrkJhUk2MRpbXGYytz%2BETylNVtlOHFbPLJfMXE7%2B98UxXhCYhcKowygYnDayfhipEKLe%2FTRgLwou8mMFknGccVHx4uvJQ61gn10QRmvwYKieg8hn%2F4upaiiHCyF6Z1Iy9AkKg6WGaGpd9D5jWL7t55I59sGTD5gNRoiABMwsYLEOn6ZoEEN%2BvfxizbsU7D1NArkJBVuAoYYUBKs5xEteEpQQ6ENJY3wb8Kwh9LD6NRgO%2BQb67QYbVtY",
            "itemLocation": {
                "postalCode": "770**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/T4kAAOSwertij4S1/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/J7kAAOSwOZ1ij4S3/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U7EAAOSwR-Jij4S5/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sQMAAOSwcIhij4S8/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RVoAAOSw-L5ij4S-/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/n8AAAOSwBnpij4TA/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "115398776875",
            "availableCoupons": False,
            "itemCreationDate": "2022-05-26T13:46:42.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|354393355064|623805665188",
            "title": "Apple iPhone 13, A2482, 128GB, Unlocked, Good Condition (Free Ship)",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=354393355064",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DDcAAOSwEjhjcrCI/s-l225.jpg"
            },
            "price": {
                "value": "535.66",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C354393355064%7C623805665188",
            "seller": {
                "username": "directauth",
                "feedbackPercentage": "98.4",
                "feedbackScore": 3476
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/DDcAAOSwEjhjcrCI/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "22049282595",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/354393355064?hash=item52837d7338%3Ag%3ADDcAAOSwEjhjcrCI&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/354393355064?hash=item52837d7338:g:DDcAAOSwEjhjcrCI",
            "itemLocation": {
                "postalCode": "750**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "354393355064",
            "availableCoupons": False,
            "itemCreationDate": "2022-11-14T21:17:57.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304078559308|603214330254",
            "title": "Apple iPhone SE 2nd Gen 128GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304078559308",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QSwAAOSwQMRjyH0g/s-l225.jpg"
            },
            "price": {
                "value": "154.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304078559308%7C603214330254",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/QSwAAOSwQMRjyH0g/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "3061149708",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304078559308?hash=item46cc7e984c%3Ag%3AQSwAAOSwQMRjyH0g&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304078559308?hash=item46cc7e984c:g:QSwAAOSwQMRjyH0g",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/W9YAAOSw7pNjyH0k/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304078559308",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-23T21:04:37.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|284564007181|0",
            "title": "Apple iPhone 8 A1863 (Fully Unlocked) 64GB Space Gray (Excellent)",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LDMAAOSwzc9jNz-l/s-l225.jpg"
            },
            "price": {
                "value": "135.00",
                "currency": "USD"
            },
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C284564007181%7C0",
            "seller": {
                "username": "wireless-source",
                "feedbackPercentage": "98.9",
                "feedbackScore": 4436
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "699.00",
                    "currency": "USD"
                },
                "discountPercentage": "81",
                "discountAmount": {
                    "value": "564.00",
                    "currency": "USD"
                },
                "priceTreatment": "MARKDOWN"
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/LDMAAOSwzc9jNz-l/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "240377032",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/284564007181?hash=item424156290d%3Ag%3ALDMAAOSwzc9jNz-l&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/284564007181?hash=item424156290d:g:LDMAAOSwzc9jNz-l",
            "itemLocation": {
                "postalCode": "900**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YzIAAOSwm45htAR0/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Tk0AAOSwj4JhtAR0/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/RkIAAOSwK6NhtAR0/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zSEAAOSw39RhtAR0/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "284564007181",
            "availableCoupons": False,
            "itemCreationDate": "2021-12-11T01:52:51.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294356589713|592974861138",
            "title": "Apple iPhone 12 Pro 512GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294356589713",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ERUAAOSwbEJhjVwp/s-l225.jpg"
            },
            "price": {
                "value": "549.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294356589713%7C592974861138",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/ERUAAOSwbEJhjVwp/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "28041715277",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294356589713?hash=item4489051c91%3Ag%3AERUAAOSwbEJhjVwp&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294356589713?hash=item4489051c91:g:ERUAAOSwbEJhjVwp",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uo4AAOSw2~1hjVwt/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294356589713",
            "availableCoupons": False,
            "itemCreationDate": "2021-08-24T19:09:25.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|265620291838|565407155913",
            "title": "Apple iPhone 11 64GB Unlocked Verizon ATT T-Mobile GSM CDMA Smartphone A2111",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=265620291838",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YesAAOSwkfhhnSk5/s-l225.jpg"
            },
            "price": {
                "value": "269.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C265620291838%7C565407155913",
            "seller": {
                "username": "syn_ergy",
                "feedbackPercentage": "96.2",
                "feedbackScore": 22444
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/YesAAOSwkfhhnSk5/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/265620291838?hash=item3dd83400fe%3Ag%3AYesAAOSwkfhhnSk5&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/265620291838?hash=item3dd83400fe:g:YesAAOSwkfhhnSk5",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jCIAAOSwc8thnSk3/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/t~8AAOSwWSVhnSk7/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qUsAAOSwOldhnSk9/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "265620291838",
            "availableCoupons": False,
            "itemCreationDate": "2022-03-29T21:01:50.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304185295459|603291666315",
            "title": "Apple iPhone 12 128GB Factory Unlocked AT&T T-Mobile Verizon Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304185295459",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tRMAAOSw5RZjmLAI/s-l225.jpg"
            },
            "price": {
                "value": "384.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304185295459%7C603291666315",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "879.00",
                    "currency": "USD"
                },
                "discountPercentage": "56",
                "discountAmount": {
                    "value": "494.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/tRMAAOSw5RZjmLAI/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "17057221382",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304185295459?hash=item46d2db4263%3Ag%3AtRMAAOSw5RZjmLAI&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304185295459?hash=item46d2db4263:g:tRMAAOSw5RZjmLAI",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DLkAAOSwJYNjmLAH/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304185295459",
            "availableCoupons": False,
            "itemCreationDate": "2021-10-14T18:26:19.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304517572567|603537055118",
            "title": "Apple iPhone 13 mini 128GB Factory Unlocked AT&T T-Mobile Verizon Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304517572567",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~r0AAOSwb2Vi~QJg/s-l225.jpg"
            },
            "price": {
                "value": "454.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304517572567%7C603537055118",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "699.00",
                    "currency": "USD"
                },
                "discountPercentage": "35",
                "discountAmount": {
                    "value": "244.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/~r0AAOSwb2Vi~QJg/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "27057521838",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304517572567?hash=item46e6a967d7%3Ag%3A%7Er0AAOSwb2Vi%7EQJg&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304517572567?hash=item46e6a967d7:g:~r0AAOSwb2Vi~QJg",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YDEAAOSw6c5i~QJe/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304517572567",
            "availableCoupons": False,
            "itemCreationDate": "2022-06-06T17:59:55.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|154538155772|454615417118",
            "title": "Apple iPhone 11 64GB-128GB-256GB Verizon T-Mobile AT&T-Unlocked-Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=154538155772",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8xUAAOSwjuFg9wvY/s-l225.jpg"
            },
            "price": {
                "value": "329.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C154538155772%7C454615417118",
            "seller": {
                "username": "kisselectronicsinc",
                "feedbackPercentage": "97.5",
                "feedbackScore": 15105
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/8xUAAOSwjuFg9wvY/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "27042580751",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/154538155772?hash=item23fb311efc%3Ag%3A8xUAAOSwjuFg9wvY&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/154538155772?hash=item23fb311efc:g:8xUAAOSwjuFg9wvY",
            "itemLocation": {
                "postalCode": "070**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Mc8AAOSwRLdg9wup/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bLAAAOSwE1Rg9wux/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vWoAAOSw6otg9wu3/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/s4IAAOSwiQxg9wvC/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/frIAAOSwOA1g9wvI/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LhsAAOSwuoVg9wvO/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "154538155772",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-20T17:57:47.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294291371564|592936003739",
            "title": "Apple iPhone 12 128GB Factory Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294291371564",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qE0AAOSw9oJjmLAX/s-l225.jpg"
            },
            "price": {
                "value": "394.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294291371564%7C592936003739",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/qE0AAOSw9oJjmLAX/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "19057405965",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294291371564?hash=item448521f62c%3Ag%3AqE0AAOSw9oJjmLAX&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294291371564?hash=item448521f62c:g:qE0AAOSw9oJjmLAX",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NuUAAOSw5KFjmLAW/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294291371564",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-22T23:18:32.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|265968892888|565824312849",
            "title": "Apple iPhone XR 64GB 128GB Fully Unlocked Smartphone A1984 - Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=265968892888",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/t5sAAOSwCpVgGEs4/s-l225.jpg"
            },
            "price": {
                "value": "234.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C265968892888%7C565824312849",
            "seller": {
                "username": "syn_ergy",
                "feedbackPercentage": "96.2",
                "feedbackScore": 22444
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/t5sAAOSwCpVgGEs4/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "11041904315",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/265968892888?hash=item3decfb3bd8%3Ag%3At5sAAOSwCpVgGEs4&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/265968892888?hash=item3decfb3bd8:g:t5sAAOSwCpVgGEs4",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FSYAAOSwecNhFpzf/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Q7UAAOSwn8JhFpzI/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WQEAAOSwqx5gGEs9/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "265968892888",
            "availableCoupons": False,
            "itemCreationDate": "2022-11-02T22:14:18.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|363552187845|632776165685",
            "title": "Apple iPhone 12 64GB Unlocked Smartphone - Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=363552187845",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jjoAAOSw2~dhS2Sd/s-l225.jpg"
            },
            "price": {
                "value": "364.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C363552187845%7C632776165685",
            "seller": {
                "username": "bidallies",
                "feedbackPercentage": "99.3",
                "feedbackScore": 343031
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "799.00",
                    "currency": "USD"
                },
                "discountPercentage": "54",
                "discountAmount": {
                    "value": "434.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/jjoAAOSw2~dhS2Sd/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "4041709075",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/363552187845?hash=item54a56625c5%3Ag%3AjjoAAOSw2%7EdhS2Sd&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/363552187845?hash=item54a56625c5:g:jjoAAOSw2~dhS2Sd",
            "itemLocation": {
                "postalCode": "070**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DtMAAOSw3CxhS2iR/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "363552187845",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-22T18:10:00.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|175183471498|474385889893",
            "title": "Apple iPhone 12 Pro Max - 128GB - 256GB - Fully Unlocked EXCELLENT Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=175183471498",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GeMAAOSwMmRhyj2s/s-l225.jpg"
            },
            "price": {
                "value": "689.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C175183471498%7C474385889893",
            "seller": {
                "username": "creo_cellular",
                "feedbackPercentage": "97.8",
                "feedbackScore": 27166
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/GeMAAOSwMmRhyj2s/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "25041703777",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/175183471498?hash=item28c9bfa38a%3Ag%3AGeMAAOSwMmRhyj2s&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/175183471498?hash=item28c9bfa38a:g:GeMAAOSwMmRhyj2s",
            "itemLocation": {
                "postalCode": "117**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WCoAAOSw8Jxhyjul/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/e9oAAOSwQP5hyjul/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "175183471498",
            "availableCoupons": False,
            "itemCreationDate": "2022-03-02T19:28:47.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|275621347165|576881810198",
            "title": "Apple iPhone X A1901 - 64GB | 256GB - GSM Unlocked AT&T T-Mobile Metro Cricket",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=275621347165",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/GksAAOSwon9jwKs4/s-l225.jpg"
            },
            "price": {
                "value": "279.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C275621347165%7C576881810198",
            "seller": {
                "username": "tech-hobbies",
                "feedbackPercentage": "99.5",
                "feedbackScore": 3825
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/GksAAOSwon9jwKs4/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "4009565593",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/275621347165?hash=item402c4fff5d%3Ag%3AGksAAOSwon9jwKs4&amdata=enc%3AAQAIAAAA0KHfGlTEyk0MYMO5qtlvYutlryzME83RDVomk%2Feeo9wVcxeEZPlMfhHIekgE4zu%2BskaE9zRTRFS8NO7bzDj6IzcCcp9ZYHmkRNbifLCOvH8NlsNB6BjIie7Y4fFqbUANFkps5bzvGi63kD3cBUWXIcT8shjwek9Pi3p2hFeSPC8lLr%2F04yLO742MMGfJ370LmJKH7pubq6ydXTk3JI8%2BaLAtHv%2BxUzmfChRCA1pv7HJJe4ucUaEP%2B3j0PjnObypdYveqw%2BQ0mEEBH8WUri2bxm0%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/275621347165?hash=item402c4fff5d:g:GksAAOSwon9jwKs4&amdata=enc%3AAQAIAAAA0KHfGlTEyk0MYMO5qtlvYutlryzME83RDVomk%2Feeo9wVcxeEZPlMfhHIekgE4zu%2BskaE9zRTRFS8NO7bzDj6IzcCcp9ZYHmkRNbifLCOvH8NlsNB6BjIie7Y4fFqbUANFkps5bzvGi63kD3cBUWXIcT8shjwek9Pi3p2hFeSPC8lLr%2F04yLO742MMGfJ370LmJKH7pubq6ydXTk3JI8%2BaLAtHv%2BxUzmfChRCA1pv7HJJe4ucUaEP%2B3j0PjnObypdYveqw%2BQ0mEEBH8WUri2bxm0%3D",
            "itemLocation": {
                "postalCode": "293**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/X6gAAOSwlulioRHc/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "275621347165",
            "availableCoupons": False,
            "itemCreationDate": "2023-01-13T19:05:45.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|114974289190|415087633902",
            "title": "Apple iPhone X - 256 GB - All Colors - Fully Unlocked - Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=114974289190",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0osAAOSwnkxhNls4/s-l225.jpg"
            },
            "price": {
                "value": "270.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C114974289190%7C415087633902",
            "seller": {
                "username": "solarcprod",
                "feedbackPercentage": "99.2",
                "feedbackScore": 6023
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/0osAAOSwnkxhNls4/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "4009565593",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/114974289190?hash=item1ac5006d26%3Ag%3A0osAAOSwnkxhNls4&amdata=enc%3AAQAIAAAA0MIILpngjPSQ%2BwVpKRHRvVE8H51LwCkOdZ8tzivxBQ6RHt2bODdXtaSK9Ivk84dUDRHyTHE3Wi%2BrchQlyNFF28KIQ75bs8WXc4TOaBGX%2BowiSUAQlgHz11qF6uGKD1tBoXbY3s6E2KOBLSJpG1CW0%2BEoL7EPSLFH30Hglne5rBUDuKdyFzP8Wg9EBS0%2FQuLrl%2BRNckgIoyPxBHIPklMG7IjdDYFDu3Jpn2KQQzmtkWnbUpS3QygIIJOvY71n6x1N0lQlWiR48ethynrcyQEBfcw%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/114974289190?hash=item1ac5006d26:g:0osAAOSwnkxhNls4&amdata=enc%3AAQAIAAAA0MIILpngjPSQ%2BwVpKRHRvVE8H51LwCkOdZ8tzivxBQ6RHt2bODdXtaSK9Ivk84dUDRHyTHE3Wi%2BrchQlyNFF28KIQ75bs8WXc4TOaBGX%2BowiSUAQlgHz11qF6uGKD1tBoXbY3s6E2KOBLSJpG1CW0%2BEoL7EPSLFH30Hglne5rBUDuKdyFzP8Wg9EBS0%2FQuLrl%2BRNckgIoyPxBHIPklMG7IjdDYFDu3Jpn2KQQzmtkWnbUpS3QygIIJOvY71n6x1N0lQlWiR48ethynrcyQEBfcw%3D",
            "itemLocation": {
                "postalCode": "770**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1wYAAOSwIFNhNls5/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BBwAAOSwKnxhNls6/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yRIAAOSwAiZhNls7/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/aTcAAOSwEyFhNls9/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "114974289190",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-06T18:17:36.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|364333416081|633852709590",
            "title": "Apple iPhone 11 - (Unlocked) A2111 - 64GB -128GB -256GB - All Colors - Excellent",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=364333416081",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Y6kAAOSwI6pknlqz/s-l225.jpg"
            },
            "price": {
                "value": "309.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C364333416081%7C633852709590",
            "seller": {
                "username": "ltdealsdirect",
                "feedbackPercentage": "98.3",
                "feedbackScore": 5203
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/Y6kAAOSwI6pknlqz/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "26034221296",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/364333416081?hash=item54d3f6be91%3Ag%3AY6kAAOSwI6pknlqz&amdata=enc%3AAQAIAAAA0MI09Sb%2F0VQTPIGBj13MwA1bevZirnzHkRiWU2shJx55ZoIKxoQcky0ZBQvXjIysrZEFAgti7UBqTmG5v00nrihsLmfpetOfuSuxG7n3FXWcvgssY97QRqNJ0pGk3WRXLH1GK2hkPhx8Bwi2WCxMf05NQxmj1MZbWKfvejts1iPtHfIK%2FbkxFQqiL5Dl4wyfHxSllmFAez%2BhG8eEn5ajjmLrfn02RJ5OOocyAc2s6j6mHvSnpCFENnR77kdHhHY80EpiE%2BdGgeSA%2FubD5KVK3vc%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/364333416081?hash=item54d3f6be91:g:Y6kAAOSwI6pknlqz&amdata=enc%3AAQAIAAAA0MI09Sb%2F0VQTPIGBj13MwA1bevZirnzHkRiWU2shJx55ZoIKxoQcky0ZBQvXjIysrZEFAgti7UBqTmG5v00nrihsLmfpetOfuSuxG7n3FXWcvgssY97QRqNJ0pGk3WRXLH1GK2hkPhx8Bwi2WCxMf05NQxmj1MZbWKfvejts1iPtHfIK%2FbkxFQqiL5Dl4wyfHxSllmFAez%2BhG8eEn5ajjmLrfn02RJ5OOocyAc2s6j6mHvSnpCFENnR77kdHhHY80EpiE%2BdGgeSA%2FubD5KVK3vc%3D",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZMEAAOSwv8Rknlq1/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/APkAAOSwBpRknlq5/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yHoAAOSwM8Jknlq8/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TncAAOSw7q5knlq-/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/amoAAOSwRy5knlrB/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/U8wAAOSw-0pknlrE/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sYgAAOSwkMtknlrG/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QeUAAOSwXJhknlrM/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mQYAAOSwkvJknlrP/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WEAAAOSw9eFknlrT/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CcMAAOSwYbdknlrW/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "364333416081",
            "availableCoupons": False,
            "itemCreationDate": "2023-07-03T19:41:48.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|125604994933|426650287283",
            "title": "OB Apple iPhone 12 5G 64,128GB Red/Blue GSM+CDMA Unlocked-GOOD CONDITION",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125604994933",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/exAAAOSwfANkfzOU/s-l225.jpg"
            },
            "price": {
                "value": "369.77",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125604994933%7C426650287283",
            "seller": {
                "username": "online-phones4sale",
                "feedbackPercentage": "96.4",
                "feedbackScore": 5368
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/exAAAOSwfANkfzOU/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "12041705164",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/125604994933?hash=item1d3ea41f75%3Ag%3AexAAAOSwfANkfzOU&amdata=enc%3AAQAIAAAA4Fq33ev9YkhWA%2FflXoXwidB2AXT6hgNriFWzOSXw%2FPfdOydmzCkO8NeLfAvju%2BkXeW6hUPnzTahDrNmpRfl8DuOpwj2efW4HPca3znybnBayAXwy1QrdTVG4aRSyTP3wH7oi9ndkw2njUlkt5uplQ9aRln7dUzN8AnW4Q3%2BvSD%2FZ471mUo50nuwcMJYfY4yk6DIdz7Sx1G1i891thpHctI1w5muev4rs%2F%2Bbrmi60479Aoo74y7FahxaZT6px48QV5uqY3amCfddF%2FSzrcU%2FVK0v0Hpxls5zYZTg1yXclMVUo&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/125604994933?hash=item1d3ea41f75:g:exAAAOSwfANkfzOU&amdata=enc%3AAQAIAAAA4Fq33ev9YkhWA%2FflXoXwidB2AXT6hgNriFWzOSXw%2FPfdOydmzCkO8NeLfAvju%2BkXeW6hUPnzTahDrNmpRfl8DuOpwj2efW4HPca3znybnBayAXwy1QrdTVG4aRSyTP3wH7oi9ndkw2njUlkt5uplQ9aRln7dUzN8AnW4Q3%2BvSD%2FZ471mUo50nuwcMJYfY4yk6DIdz7Sx1G1i891thpHctI1w5muev4rs%2F%2Bbrmi60479Aoo74y7FahxaZT6px48QV5uqY3amCfddF%2FSzrcU%2FVK0v0Hpxls5zYZTg1yXclMVUo",
            "itemLocation": {
                "postalCode": "752**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "125604994933",
            "availableCoupons": False,
            "itemCreationDate": "2022-11-09T19:36:25.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|385507158394|653354999920",
            "title": "EXCELLENT - Apple iPhone 11 64GB 128GB 256GB - FULLY UNLOCKED (CDMA + GSM) A+",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385507158394",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PAYAAOSwhUdjoczv/s-l225.jpg"
            },
            "price": {
                "value": "245.45",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385507158394%7C653354999920",
            "seller": {
                "username": "master_dealer22",
                "feedbackPercentage": "97.1",
                "feedbackScore": 195
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/PAYAAOSwhUdjoczv/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "19034211465",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/385507158394?hash=item59c204697a%3Ag%3APAYAAOSwhUdjoczv&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/385507158394?hash=item59c204697a:g:PAYAAOSwhUdjoczv",
            "itemLocation": {
                "postalCode": "331**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/SRYAAOSwsAZjoczn/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/CakAAOSwhnBjoczV/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oBIAAOSw0u1joczR/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EqMAAOSwXzFkIf38/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9rQAAOSwjx1joczJ/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xpYAAOSw0KVjocyo/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "385507158394",
            "availableCoupons": False,
            "itemCreationDate": "2023-03-27T21:24:11.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|266193900545|566020904044",
            "title": "Apple iphone 12 -  Fully Functional - Unlocked - Great condition !!!!!",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=266193900545",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DGkAAOSw7ntkJKVC/s-l225.jpg"
            },
            "price": {
                "value": "349.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C266193900545%7C566020904044",
            "seller": {
                "username": "wirecent",
                "feedbackPercentage": "97.1",
                "feedbackScore": 11248
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/DGkAAOSw7ntkJKVC/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "14041711781",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/266193900545?hash=item3dfa649401%3Ag%3ADGkAAOSw7ntkJKVC&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/266193900545?hash=item3dfa649401:g:DGkAAOSw7ntkJKVC",
            "itemLocation": {
                "postalCode": "750**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/v9wAAOSwsONkJKVb/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "266193900545",
            "availableCoupons": False,
            "itemCreationDate": "2023-03-29T20:58:59.000Z",
            "topRatedBuyingExperience": False,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|165703722318|465216014180",
            "title": "Apple iPhone 13 Pro Max  128gb Unlocked - Excellent",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165703722318",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Yc8AAOSw2aljOHV1/s-l225.jpg"
            },
            "price": {
                "value": "824.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165703722318%7C465216014180",
            "seller": {
                "username": "amazing-wireless",
                "feedbackPercentage": "99.9",
                "feedbackScore": 129492
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/Yc8AAOSw2aljOHV1/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "3049291546",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/165703722318?hash=item2694b6254e%3Ag%3AYc8AAOSw2aljOHV1&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/165703722318?hash=item2694b6254e:g:Yc8AAOSw2aljOHV1",
            "itemLocation": {
                "postalCode": "750**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "165703722318",
            "availableCoupons": False,
            "itemCreationDate": "2022-10-01T17:22:47.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|255405276945|555369040234",
            "title": "Apple iPhone 11 64GB Unlocked Verizon ATT T-Mobile GSM CDMA Smartphone Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=255405276945",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jCIAAOSwc8thnSk3/s-l225.jpg"
            },
            "price": {
                "value": "289.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C255405276945%7C555369040234",
            "seller": {
                "username": "syn_ergy",
                "feedbackPercentage": "96.2",
                "feedbackScore": 22444
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/jCIAAOSwc8thnSk3/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "22034217304",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/255405276945?hash=item3b77573f11%3Ag%3AjCIAAOSwc8thnSk3&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/255405276945?hash=item3b77573f11:g:jCIAAOSwc8thnSk3",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YesAAOSwkfhhnSk5/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/t~8AAOSwWSVhnSk7/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qUsAAOSwOldhnSk9/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "255405276945",
            "availableCoupons": False,
            "itemCreationDate": "2022-02-25T19:09:04.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|195142187202|494966436222",
            "title": "Apple iPhone SE 2nd Gen 64GB Unlocked AT&T T-Mobile Verizon Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=195142187202",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vSsAAOSwy7xiq4RV/s-l225.jpg"
            },
            "price": {
                "value": "119.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C195142187202%7C494966436222",
            "seller": {
                "username": "ipandaelectronics",
                "feedbackPercentage": "96.1",
                "feedbackScore": 14584
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/vSsAAOSwy7xiq4RV/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "24050331376",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/195142187202?hash=item2d6f6178c2%3Ag%3AvSsAAOSwy7xiq4RV&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/195142187202?hash=item2d6f6178c2:g:vSsAAOSwy7xiq4RV",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EmIAAOSwYdNiq4SU/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VIcAAOSwRP5iq4SU/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/V1AAAOSwKA9iq4SU/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "195142187202",
            "availableCoupons": False,
            "itemCreationDate": "2022-06-16T19:33:56.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|195757657252|495615714334",
            "title": "Apple iPhone 13 mini - 128GB - All colors - (Unlocked) - C Stock",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=195757657252",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/trsAAOSwWHti6s~7/s-l225.jpg"
            },
            "price": {
                "value": "389.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C195757657252%7C495615714334",
            "seller": {
                "username": "yywirelesss",
                "feedbackPercentage": "98.8",
                "feedbackScore": 126574
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/trsAAOSwWHti6s~7/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "17049280632",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/195757657252?hash=item2d9410cca4%3Ag%3AtrsAAOSwWHti6s%7E7&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/195757657252?hash=item2d9410cca4:g:trsAAOSwWHti6s~7",
            "itemLocation": {
                "postalCode": "507**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "195757657252",
            "availableCoupons": False,
            "itemCreationDate": "2023-05-11T16:47:59.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|364325321416|633844404714",
            "title": "Apple iPhone 12 Pro - (Unlocked) -  256GB-512GB - A2341 - All Colors - Excellent",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=364325321416",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gtYAAOSwysZkYtVe/s-l225.jpg"
            },
            "price": {
                "value": "619.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C364325321416%7C633844404714",
            "seller": {
                "username": "ltdealsdirect",
                "feedbackPercentage": "98.3",
                "feedbackScore": 5203
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/gtYAAOSwysZkYtVe/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "9055237823",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/364325321416?hash=item54d37b3ac8%3Ag%3AgtYAAOSwysZkYtVe&amdata=enc%3AAQAIAAAA0IoVnV0%2B6Q6y4vzNvdG%2BRIlaJeH9BRNLOqJEYdLcNIqFPbduPDljiM8a%2Ftq348zmMKUmhT5al0eeeQHY5Rs5RrxcgmMCI0lj4BlncziA9hxj2mNZqJVgUns%2FGXdcQtN%2Ff5XzV2eh3OhXX06LB4uLfkxAaUmKzK7XTBXIIr%2BbSnhwTlbZfNmV%2BCGdenOOn1wundHMOtjf1IrvrZUpKWyTYlBUn%2BzGFWGr2bNluDXOUxufIfLlNng91bi3T5VxZ6jIl2XzlzCakGy9nvMX9ztXAVg%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/364325321416?hash=item54d37b3ac8:g:gtYAAOSwysZkYtVe&amdata=enc%3AAQAIAAAA0IoVnV0%2B6Q6y4vzNvdG%2BRIlaJeH9BRNLOqJEYdLcNIqFPbduPDljiM8a%2Ftq348zmMKUmhT5al0eeeQHY5Rs5RrxcgmMCI0lj4BlncziA9hxj2mNZqJVgUns%2FGXdcQtN%2Ff5XzV2eh3OhXX06LB4uLfkxAaUmKzK7XTBXIIr%2BbSnhwTlbZfNmV%2BCGdenOOn1wundHMOtjf1IrvrZUpKWyTYlBUn%2BzGFWGr2bNluDXOUxufIfLlNng91bi3T5VxZ6jIl2XzlzCakGy9nvMX9ztXAVg%3D",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/gE8AAOSwfnBkYtVa/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vTcAAOSwFLVkYtVl/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wkEAAOSwXTBkYtVo/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WacAAOSwOI9kYtVq/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MVkAAOSwk~VkYtVt/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5ZAAAOSw4rhkYtVv/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/050AAOSw-ABkYtVy/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dOIAAOSwG0hkYtV0/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vdcAAOSw~5FkYtV3/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "364325321416",
            "availableCoupons": False,
            "itemCreationDate": "2023-06-28T21:15:54.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|114982462737|415092743672",
            "title": "Apple iPhone 8 Plus 64GB Factory Unlocked Smartphone - Excellent",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=114982462737",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uCoAAOSwmlRhO76O/s-l225.jpg"
            },
            "price": {
                "value": "195.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C114982462737%7C415092743672",
            "seller": {
                "username": "cellupgrade",
                "feedbackPercentage": "99.3",
                "feedbackScore": 4702
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/uCoAAOSwmlRhO76O/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/114982462737?hash=item1ac57d2511%3Ag%3AuCoAAOSwmlRhO76O&amdata=enc%3AAQAIAAAA0DF%2F7vDMqAE9POIQECjmECzU31dxsJ%2BzrsmLZkATVSSvD3KF0gAx0we7TO2wQXkPZ5xO%2BqoqM4N2nIsn6%2Btf2tnltP5A%2FUVijH5x7vqZ58Na%2FjsVnLQpJIa79PfryMbbjg98mOFAVdZD8Qsb%2BVtEz0eV8Kd4RUHl9VNUkYZ4cvPbe03tgGsQjkOQ%2BsXRUCmT0hCJqTV47ji5JEaGp7VS9Khf%2FaZWn04bDMF2sZtVadrNSFqajzJR%2FMPN9BGka9zRDz4RZcyDzqnNwVPFaTUG92I%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/114982462737?hash=item1ac57d2511:g:uCoAAOSwmlRhO76O&amdata=enc%3AAQAIAAAA0DF%2F7vDMqAE9POIQECjmECzU31dxsJ%2BzrsmLZkATVSSvD3KF0gAx0we7TO2wQXkPZ5xO%2BqoqM4N2nIsn6%2Btf2tnltP5A%2FUVijH5x7vqZ58Na%2FjsVnLQpJIa79PfryMbbjg98mOFAVdZD8Qsb%2BVtEz0eV8Kd4RUHl9VNUkYZ4cvPbe03tgGsQjkOQ%2BsXRUCmT0hCJqTV47ji5JEaGp7VS9Khf%2FaZWn04bDMF2sZtVadrNSFqajzJR%2FMPN9BGka9zRDz4RZcyDzqnNwVPFaTUG92I%3D",
            "itemLocation": {
                "postalCode": "770**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pBMAAOSwwzhhO76R/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/MjwAAOSwhn1hO76T/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/uEAAAOSw61hhO76W/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LwIAAOSw5flhO76Y/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "114982462737",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-10T20:22:51.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294381041990|592989593556",
            "title": "Apple iPhone X 64GB Factory Unlocked AT&T T-Mobile Verizon Excellent Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294381041990",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VFIAAOSwM6phjTAq/s-l225.jpg"
            },
            "price": {
                "value": "214.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294381041990%7C592989593556",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "999.00",
                    "currency": "USD"
                },
                "discountPercentage": "78",
                "discountAmount": {
                    "value": "784.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/VFIAAOSwM6phjTAq/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "2310781314",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294381041990?hash=item448a7a3946%3Ag%3AVFIAAOSwM6phjTAq&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294381041990?hash=item448a7a3946:g:VFIAAOSwM6phjTAq",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eaAAAOSwgsxhjTAt/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294381041990",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-07T13:41:45.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294291230311|592935943421",
            "title": "Apple iPhone 11 64GB Factory Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294291230311",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/f6cAAOSwrqFj9Uel/s-l225.jpg"
            },
            "price": {
                "value": "289.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294291230311%7C592935943421",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/f6cAAOSwrqFj9Uel/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "17035818063",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294291230311?hash=item44851fce67%3Ag%3Af6cAAOSwrqFj9Uel&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294291230311?hash=item44851fce67:g:f6cAAOSwrqFj9Uel",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jtMAAOSwwhZj9Uer/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294291230311",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-22T20:38:52.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|175724066078|475112152210",
            "title": "Apple iPhone SE 2020 - 64GB - All Colors - Fully Unlocked - Excellent Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=175724066078",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4u0AAOSwLSpkXp7~/s-l225.jpg"
            },
            "price": {
                "value": "146.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C175724066078%7C475112152210",
            "seller": {
                "username": "creo_cellular",
                "feedbackPercentage": "97.8",
                "feedbackScore": 27166
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/4u0AAOSwLSpkXp7~/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "18037858367",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/175724066078?hash=item28e9f8751e%3Ag%3A4u0AAOSwLSpkXp7%7E&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/175724066078?hash=item28e9f8751e:g:4u0AAOSwLSpkXp7~",
            "itemLocation": {
                "postalCode": "117**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jZ8AAOSwG0hkXp8q/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/nLwAAOSwwQdkXp-y/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "175724066078",
            "availableCoupons": False,
            "itemCreationDate": "2023-05-12T20:23:49.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294496195788|593049497085",
            "title": "Apple iPhone 12 mini 64GB Factory Unlocked AT&T T-Mobile Verizon Fair Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294496195788",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/VAMAAOSwPdRjmLQ0/s-l225.jpg"
            },
            "price": {
                "value": "259.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294496195788%7C593049497085",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/VAMAAOSwPdRjmLQ0/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "11047837341",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294496195788?hash=item44915754cc%3Ag%3AVAMAAOSwPdRjmLQ0&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294496195788?hash=item44915754cc:g:VAMAAOSwPdRjmLQ0",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/r4UAAOSwAWNjmLQz/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294496195788",
            "availableCoupons": False,
            "itemCreationDate": "2021-10-26T13:07:41.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|125654726090|426710798901",
            "title": "Apple iPhone SE 1st Gen. - 16/32/64/128GB - ALL COLORS Unlocked/AT&T/T-Mobile",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125654726090",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jKkAAOSwHkNjkqJZ/s-l225.jpg"
            },
            "price": {
                "value": "78.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125654726090%7C426710798901",
            "seller": {
                "username": "smartsalesusa",
                "feedbackPercentage": "98.4",
                "feedbackScore": 1688
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/jKkAAOSwHkNjkqJZ/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "15047065979",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/125654726090?hash=item1d419af5ca%3Ag%3AjKkAAOSwHkNjkqJZ&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/125654726090?hash=item1d419af5ca:g:jKkAAOSwHkNjkqJZ",
            "itemLocation": {
                "postalCode": "087**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/BI4AAOSwyytjkqJe/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "125654726090",
            "availableCoupons": False,
            "itemCreationDate": "2022-12-09T02:51:38.000Z",
            "topRatedBuyingExperience": False,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|224961727431|523836624941",
            "title": "Apple iPhone XR - 64GB -Factory Unlocked A1984 Smartphone Colors - VERY GOOD",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=224961727431",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NjwAAOSwIKlfYR4K/s-l225.jpg"
            },
            "price": {
                "value": "219.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C224961727431%7C523836624941",
            "seller": {
                "username": "superbdeals1",
                "feedbackPercentage": "97.1",
                "feedbackScore": 11952
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/NjwAAOSwIKlfYR4K/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "13023706562",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/224961727431?hash=item3460c38bc7%3Ag%3ANjwAAOSwIKlfYR4K&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/224961727431?hash=item3460c38bc7:g:NjwAAOSwIKlfYR4K",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "224961727431",
            "availableCoupons": False,
            "itemCreationDate": "2022-04-28T21:37:00.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|134411668661|433875465966",
            "title": "Apple iPhone 12 - 5G - 128GB Factory Unlocked GSM + CDMA - EXCELLENT",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=134411668661",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/P-UAAOSw84thmUOJ/s-l225.jpg"
            },
            "price": {
                "value": "449.88",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C134411668661%7C433875465966",
            "seller": {
                "username": "everythingforlesss",
                "feedbackPercentage": "99.9",
                "feedbackScore": 68052
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/P-UAAOSw84thmUOJ/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "16041710007",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/134411668661?hash=item1f4b8f4cb5%3Ag%3AP-UAAOSw84thmUOJ&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/134411668661?hash=item1f4b8f4cb5:g:P-UAAOSw84thmUOJ",
            "itemLocation": {
                "postalCode": "480**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "134411668661",
            "availableCoupons": False,
            "itemCreationDate": "2023-01-13T22:05:08.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|203093359647|503442679749",
            "title": "Apple iPhone SE 2nd Gen 2020 Fully Unlocked GSM/CDMA 64GB 128GB 256GB",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=203093359647",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EKsAAOSwQY1fIlCV/s-l225.jpg"
            },
            "price": {
                "value": "153.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C203093359647%7C503442679749",
            "seller": {
                "username": "sami809",
                "feedbackPercentage": "97.6",
                "feedbackScore": 251780
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/EKsAAOSwQY1fIlCV/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "10037858588",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/203093359647?hash=item2f494ebc1f%3Ag%3AEKsAAOSwQY1fIlCV&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/203093359647?hash=item2f494ebc1f:g:EKsAAOSwQY1fIlCV",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mMcAAOSw0K5eK2Um/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "203093359647",
            "availableCoupons": False,
            "itemCreationDate": "2020-08-31T01:53:52.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|125998521382|426958904039",
            "title": "APPLE IPHONE 13 6.1\" 5G 128GB 256GB UNLOCKED/AT&T/VERIZON/T-MOBILE/XFINITY/METRO",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=125998521382",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qkEAAOSwl2tkoQO3/s-l225.jpg"
            },
            "price": {
                "value": "529.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C125998521382%7C426958904039",
            "seller": {
                "username": "innovee.tech",
                "feedbackPercentage": "99.6",
                "feedbackScore": 18536
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "589.99",
                    "currency": "USD"
                },
                "discountPercentage": "10",
                "discountAmount": {
                    "value": "60.00",
                    "currency": "USD"
                }
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/qkEAAOSwl2tkoQO3/s-l640.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "7049287499",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/125998521382?hash=item1d5618dc26%3Ag%3AqkEAAOSwl2tkoQO3&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/125998521382?hash=item1d5618dc26:g:qkEAAOSwl2tkoQO3",
            "itemLocation": {
                "postalCode": "100**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mY8AAOSw2JNkoQPA/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/V-YAAOSwvYxkoQPF/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JfsAAOSwEU5koQPT/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cVIAAOSwtC9koQPZ/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jOUAAOSwt3xkoQPe/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/i2IAAOSwOIBkoQPj/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xp0AAOSw8EtkoQQG/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WAYAAOSwvYxkoQPr/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/l4UAAOSw5JxkoQPx/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "125998521382",
            "availableCoupons": False,
            "itemCreationDate": "2023-07-02T05:25:34.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|145095967799|0",
            "title": "NEW APPLE IPHONE SE 2ND GEN 64GB  WHITE (CRICKET WIRELESS) A2275 (CDMA + GSM)",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iJYAAOSwtOFkaqFa/s-l225.jpg"
            },
            "price": {
                "value": "129.99",
                "currency": "USD"
            },
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C145095967799%7C0",
            "seller": {
                "username": "innovee.tech",
                "feedbackPercentage": "99.6",
                "feedbackScore": 18536
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/iJYAAOSwtOFkaqFa/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "28038172042",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/145095967799?hash=item21c864c437%3Ag%3AiJYAAOSwtOFkaqFa&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/145095967799?hash=item21c864c437:g:iJYAAOSwtOFkaqFa",
            "itemLocation": {
                "postalCode": "100**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FsYAAOSw1kxkaqEK/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/biYAAOSwVCVkaqE7/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lSkAAOSwm~lkaqHK/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kLcAAOSw5SJkaqHJ/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tLsAAOSwOQFkaqHJ/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "145095967799",
            "availableCoupons": False,
            "itemCreationDate": "2023-05-21T23:03:11.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294655667278|593117168976",
            "title": "Apple iPhone 13 mini 128GB Factory Unlocked AT&T T-Mobile Verizon Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294655667278",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QtoAAOSwaYxjvaC-/s-l225.jpg"
            },
            "price": {
                "value": "424.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294655667278%7C593117168976",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "699.00",
                    "currency": "USD"
                },
                "discountPercentage": "39",
                "discountAmount": {
                    "value": "274.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/QtoAAOSwaYxjvaC-/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "3049291490",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294655667278?hash=item449ad8ac4e%3Ag%3AQtoAAOSwaYxjvaC-&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294655667278?hash=item449ad8ac4e:g:QtoAAOSwaYxjvaC-",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Q9cAAOSwNlVjvaC0/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294655667278",
            "availableCoupons": False,
            "itemCreationDate": "2021-12-21T21:16:04.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294838709182|593188205197",
            "title": "Apple iPhone 13 mini 128GB Factory Unlocked AT&T T-Mobile Verizon Fair Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294838709182",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XLwAAOSwz5Rjrc5f/s-l225.jpg"
            },
            "price": {
                "value": "399.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294838709182%7C593188205197",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/XLwAAOSwz5Rjrc5f/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "27053777316",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294838709182?hash=item44a5c1abbe%3Ag%3AXLwAAOSwz5Rjrc5f&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294838709182?hash=item44a5c1abbe:g:XLwAAOSwz5Rjrc5f",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/aC8AAOSw1f5jrc5g/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294838709182",
            "availableCoupons": False,
            "itemCreationDate": "2022-02-28T20:48:13.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304164503660|603273325503",
            "title": "Apple iPhone 12 256GB Factory Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304164503660",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ptYAAOSw7NRjmLDY/s-l225.jpg"
            },
            "price": {
                "value": "439.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304164503660%7C603273325503",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "979.00",
                    "currency": "USD"
                },
                "discountPercentage": "55",
                "discountAmount": {
                    "value": "539.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/ptYAAOSw7NRjmLDY/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "9041711176",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304164503660?hash=item46d19e006c%3Ag%3AptYAAOSw7NRjmLDY&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304164503660?hash=item46d19e006c:g:ptYAAOSw7NRjmLDY",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EFkAAOSwXWJjmLDX/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304164503660",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-28T13:41:47.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|295646070231|593767717678",
            "title": "Apple iPhone 12 (5G)  256GB 128GB |64GB Factory Unlocked GSM+CDMA Very GOOD",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295646070231",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sukAAOSwsGdgy8jo/s-l225.jpg"
            },
            "price": {
                "value": "369.88",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295646070231%7C593767717678",
            "seller": {
                "username": "mobiletopdeal",
                "feedbackPercentage": "98.1",
                "feedbackScore": 19221
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/sukAAOSwsGdgy8jo/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "26055646054",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/295646070231?hash=item44d5e105d7%3Ag%3AsukAAOSwsGdgy8jo&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/295646070231?hash=item44d5e105d7:g:sukAAOSwsGdgy8jo",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/qroAAOSwIPhgy8go/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/M4AAAOSwDHxgy8jy/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kkAAAOSwSg5gy8kA/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7WQAAOSwtBlgy8kE/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/19QAAOSwX~Jgy8kJ/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kHoAAOSwdkNgy8kO/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/B4gAAOSwH51gy8kS/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-3QAAOSwuhRgy8kX/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7W4AAOSwtBlgy8lA/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3GkAAOSwtLhgy8lG/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jPUAAOSwKCVgy8lU/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "295646070231",
            "availableCoupons": False,
            "itemCreationDate": "2023-04-20T20:42:11.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|195403147802|495225017568",
            "title": "Apple iPhone 12 Pro Max- 128GB - All Colors - (Unlocked) - C Stock",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=195403147802",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/xzsAAOSwIaNjQgCs/s-l225.jpg"
            },
            "price": {
                "value": "564.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C195403147802%7C495225017568",
            "seller": {
                "username": "yywirelesss",
                "feedbackPercentage": "98.8",
                "feedbackScore": 126574
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/xzsAAOSwIaNjQgCs/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "14047029519",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/195403147802?hash=item2d7eef6a1a%3Ag%3AxzsAAOSwIaNjQgCs&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/195403147802?hash=item2d7eef6a1a:g:xzsAAOSwIaNjQgCs",
            "itemLocation": {
                "postalCode": "507**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "195403147802",
            "availableCoupons": False,
            "itemCreationDate": "2022-10-08T23:01:00.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|165973696002|465474945461",
            "title": "Apple iPhone 12 Mini 64/128/256GB Factory Unlocked GSM+CDMA ATT T-Mobile Verizon",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165973696002",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0t0AAOSwg2VkAP27/s-l225.jpg"
            },
            "price": {
                "value": "284.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165973696002%7C465474945461",
            "seller": {
                "username": "mrcelly",
                "feedbackPercentage": "99.4",
                "feedbackScore": 8288
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/0t0AAOSwg2VkAP27/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "11041707959",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/165973696002?hash=item26a4cd9e02%3Ag%3A0t0AAOSwg2VkAP27&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/165973696002?hash=item26a4cd9e02:g:0t0AAOSwg2VkAP27",
            "itemLocation": {
                "postalCode": "104**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "165973696002",
            "availableCoupons": False,
            "itemCreationDate": "2023-03-08T23:03:27.000Z",
            "topRatedBuyingExperience": False,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|185933003449|693931124946",
            "title": "Apple iPhone 13 Pro Max  256gb Unlocked - Excellent",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185933003449",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Yc8AAOSw2aljOHV1/s-l225.jpg"
            },
            "price": {
                "value": "874.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185933003449%7C693931124946",
            "seller": {
                "username": "amazing-wireless",
                "feedbackPercentage": "99.9",
                "feedbackScore": 129492
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/Yc8AAOSw2aljOHV1/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "14049280233",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/185933003449?hash=item2b4a787ab9%3Ag%3AYc8AAOSw2aljOHV1&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/185933003449?hash=item2b4a787ab9:g:Yc8AAOSw2aljOHV1",
            "itemLocation": {
                "postalCode": "750**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "185933003449",
            "availableCoupons": False,
            "itemCreationDate": "2023-06-08T15:37:25.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|363482503768|632702944124",
            "title": "Apple iPhone XR 256GB|128GB|64GB| GSM/ CDMA Factroy Unlocked- \"Excellent\"",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=363482503768",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/oCAAAOSwkXBd1avj/s-l225.jpg"
            },
            "price": {
                "value": "234.88",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C363482503768%7C632702944124",
            "seller": {
                "username": "mobiletopdeal",
                "feedbackPercentage": "98.1",
                "feedbackScore": 19221
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/oCAAAOSwkXBd1avj/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "26023710571",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/363482503768?hash=item54a13eda58%3Ag%3AoCAAAOSwkXBd1avj&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/363482503768?hash=item54a13eda58:g:oCAAAOSwkXBd1avj",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tKwAAOSw~WJd1axi/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/h4AAAOSwGBpd1avz/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EvQAAOSw8S9d1awB/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EjwAAOSwrj9d1awF/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JDsAAOSwENVd1awk/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cDoAAOSw4fhd1awu/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kZkAAOSwKzFd1awx/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-G4AAOSwydpd1aw9/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/0ogAAOSww9dd1axP/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/LycAAOSwqR5d1axW/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KHgAAOSwz2Bd1axa/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "363482503768",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-26T22:24:40.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|274923349328|575198190255",
            "title": "Apple iPhone 11 64GB 128GB 256GB GSM UNLOCKED, VERIZON UNLOCKED Fair",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=274923349328",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/HFQAAOSwtLJhKWzI/s-l225.jpg"
            },
            "price": {
                "value": "299.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C274923349328%7C575198190255",
            "seller": {
                "username": "itsworthmore",
                "feedbackPercentage": "98.8",
                "feedbackScore": 66977
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/HFQAAOSwtLJhKWzI/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "18038253255",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/274923349328?hash=item4002b56550%3Ag%3AHFQAAOSwtLJhKWzI&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/274923349328?hash=item4002b56550:g:HFQAAOSwtLJhKWzI",
            "itemLocation": {
                "postalCode": "327**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "274923349328",
            "availableCoupons": False,
            "itemCreationDate": "2021-08-27T22:52:53.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|354679447089|624035170938",
            "title": "Apple iPhone 12 - 64 128 256GB Unlocked Verizon AT&T T-Mobile - Good Refurbished",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=354679447089",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/5nMAAOSwpcZkIwWU/s-l225.jpg"
            },
            "price": {
                "value": "336.42",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C354679447089%7C624035170938",
            "seller": {
                "username": "buyspry",
                "feedbackPercentage": "99.5",
                "feedbackScore": 229790
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/5nMAAOSwpcZkIwWU/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "13043202634",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/354679447089?hash=item52948ade31%3Ag%3A5nMAAOSwpcZkIwWU&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/354679447089?hash=item52948ade31:g:5nMAAOSwpcZkIwWU",
            "itemLocation": {
                "postalCode": "208**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OCQAAOSw-VJkIwWW/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wcoAAOSw0dtkIwWb/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ye4AAOSwiVZkIwWg/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/wycAAOSwqNNkIwWk/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3VMAAOSwJOVkIwWo/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Z1kAAOSwRelkIwWs/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/R1sAAOSwR6xkIwWv/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/iJIAAOSw0DZkIwWz/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/1ZAAAOSw6MhkIwW5/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "354679447089",
            "availableCoupons": False,
            "itemCreationDate": "2023-03-28T15:20:28.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294389381130|592993324462",
            "title": "Apple iPhone 8 Plus 64GB Unlocked AT&T T-Mobile Verizon Excellent Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294389381130",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/9WkAAOSwhaNkGjie/s-l225.jpg"
            },
            "price": {
                "value": "189.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294389381130%7C592993324462",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/9WkAAOSwhaNkGjie/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "240377082",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294389381130?hash=item448af9780a%3Ag%3A9WkAAOSwhaNkGjie&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294389381130?hash=item448af9780a:g:9WkAAOSwhaNkGjie",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mwcAAOSwxtFkGjif/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JooAAOSw7TtkGjig/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4Z8AAOSw1ZlkGjih/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/K-oAAOSwolNkGjii/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dl0AAOSw-A9kGjin/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294389381130",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-10T18:09:46.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|295377558726|593530475026",
            "title": "Apple iPhone 13 Pro Max 256GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295377558726",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZQ4AAOSwkv5jhm90/s-l225.jpg"
            },
            "price": {
                "value": "884.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295377558726%7C593530475026",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/ZQ4AAOSwkv5jhm90/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "28049285628",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/295377558726?hash=item44c5dfdcc6%3Ag%3AZQ4AAOSwkv5jhm90&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/295377558726?hash=item44c5dfdcc6:g:ZQ4AAOSwkv5jhm90",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/TQ0AAOSwibxjhm9z/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "295377558726",
            "availableCoupons": False,
            "itemCreationDate": "2022-11-29T20:46:03.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|155066810168|455241096462",
            "title": "Apple iPhone 13 Pro 128GB Unlocked (GSM  and CDMA)  Excellent",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=155066810168",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vycAAOSwIE5ixg2O/s-l225.jpg"
            },
            "price": {
                "value": "729.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C155066810168%7C455241096462",
            "seller": {
                "username": "amazing-wireless",
                "feedbackPercentage": "99.9",
                "feedbackScore": 129492
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/vycAAOSwIE5ixg2O/s-l500.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "19049287650",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/155066810168?hash=item241ab3bf38%3Ag%3AvycAAOSwIE5ixg2O&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/155066810168?hash=item241ab3bf38:g:vycAAOSwIE5ixg2O",
            "itemLocation": {
                "postalCode": "750**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/p-kAAOSwRgpixg15/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "155066810168",
            "availableCoupons": False,
            "itemCreationDate": "2022-07-06T22:26:00.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|192680493240|493627773943",
            "title": "Apple iPhone 6S Plus Factory Unlocked 5.5\" SmartPhone 16GB 32GB 64GB 128GB",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=192680493240",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WwUAAOSwx5hbuAAs/s-l225.jpg"
            },
            "price": {
                "value": "114.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C192680493240%7C493627773943",
            "seller": {
                "username": "sami809",
                "feedbackPercentage": "97.6",
                "feedbackScore": 251780
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/WwUAAOSwx5hbuAAs/s-l500.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "28047488093",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/192680493240?hash=item2cdca700b8%3Ag%3AWwUAAOSwx5hbuAAs&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/192680493240?hash=item2cdca700b8:g:WwUAAOSwx5hbuAAs",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/k4wAAOSwpTJbuAAu/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "192680493240",
            "availableCoupons": False,
            "itemCreationDate": "2018-10-06T00:22:09.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|275302165013|575575660764",
            "title": "Apple iPhone 11 - 64GB 128GB 256GB - All Colors - Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=275302165013",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/4f8AAOSw0IVidaHD/s-l225.jpg"
            },
            "price": {
                "value": "286.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C275302165013%7C575575660764",
            "seller": {
                "username": "buybackboss",
                "feedbackPercentage": "99.1",
                "feedbackScore": 12060
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/4f8AAOSw0IVidaHD/s-l640.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "17035818063",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/275302165013?hash=item401949aa15%3Ag%3A4f8AAOSw0IVidaHD&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/275302165013?hash=item401949aa15:g:4f8AAOSw0IVidaHD",
            "itemLocation": {
                "postalCode": "852**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "275302165013",
            "availableCoupons": False,
            "itemCreationDate": "2022-05-06T22:49:13.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|185909211833|693896419221",
            "title": "Apple iPhone 11 Pro Max 256GB - All colors - (Unlocked) - C Stock  Heavy Scratch",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=185909211833",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/v0cAAOSwFMRg4KID/s-l225.jpg"
            },
            "price": {
                "value": "369.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C185909211833%7C693896419221",
            "seller": {
                "username": "yywirelesss",
                "feedbackPercentage": "98.8",
                "feedbackScore": 126574
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "399.95",
                    "currency": "USD"
                },
                "discountPercentage": "7",
                "discountAmount": {
                    "value": "29.96",
                    "currency": "USD"
                }
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/v0cAAOSwFMRg4KID/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "25034208609",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/185909211833?hash=item2b490d72b9%3Ag%3Av0cAAOSwFMRg4KID&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/185909211833?hash=item2b490d72b9:g:v0cAAOSwFMRg4KID",
            "itemLocation": {
                "postalCode": "507**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "185909211833",
            "availableCoupons": False,
            "itemCreationDate": "2023-05-22T18:15:50.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294291252976|592935954068",
            "title": "Apple iPhone 8 Plus 256GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294291252976",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OSMAAOSwmTFhjFtx/s-l225.jpg"
            },
            "price": {
                "value": "219.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294291252976%7C592935954068",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "949.00",
                    "currency": "USD"
                },
                "discountPercentage": "77",
                "discountAmount": {
                    "value": "729.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/OSMAAOSwmTFhjFtx/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "3030787443",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294291252976?hash=item44852026f0%3Ag%3AOSMAAOSwmTFhjFtx&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294291252976?hash=item44852026f0:g:OSMAAOSwmTFhjFtx",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/e6MAAOSwgrxhjFty/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cP0AAOSw6ehhjFtz/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/WvQAAOSwbqBhjFt1/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YtoAAOSwYj5hjFt2/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/pD0AAOSwvmNhjFt8/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294291252976",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-22T21:04:14.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294291252463|592935953996",
            "title": "Apple iPhone 8 Plus 64GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294291252463",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/92oAAOSwgsxhjFs2/s-l225.jpg"
            },
            "price": {
                "value": "184.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294291252463%7C592935953996",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "799.00",
                    "currency": "USD"
                },
                "discountPercentage": "77",
                "discountAmount": {
                    "value": "614.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/92oAAOSwgsxhjFs2/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "20037210962",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294291252463?hash=item44852024ef%3Ag%3A92oAAOSwgsxhjFs2&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294291252463?hash=item44852024ef:g:92oAAOSwgsxhjFs2",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~x0AAOSwQ8hhjFs3/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bEcAAOSwaYdhjFs5/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cgcAAOSwepZhjFs6/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UP0AAOSwZANhjFs7/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UQ8AAOSwOcthjFtA/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294291252463",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-22T21:03:52.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|295217227352|593420832944",
            "title": "Apple iPhone 13 Pro 128GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=295217227352",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/QnQAAOSwKFxjZDd~/s-l225.jpg"
            },
            "price": {
                "value": "734.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C295217227352%7C593420832944",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/QnQAAOSwKFxjZDd~/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "28058208152",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/295217227352?hash=item44bc516658%3Ag%3AQnQAAOSwKFxjZDd%7E&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/295217227352?hash=item44bc516658:g:QnQAAOSwKFxjZDd~",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/02UAAOSw58tjIKX~/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "295217227352",
            "availableCoupons": False,
            "itemCreationDate": "2022-09-13T15:47:33.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|165963403578|465463504765",
            "title": "Apple iPhone 11 64/128/256GB Factory Unlocked GSM+CDMA AT&T T-Mobile Verizon",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165963403578",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UsYAAOSwkGdj~6Jx/s-l225.jpg"
            },
            "price": {
                "value": "310.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165963403578%7C465463504765",
            "seller": {
                "username": "mrcelly",
                "feedbackPercentage": "99.4",
                "feedbackScore": 8288
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/UsYAAOSwkGdj~6Jx/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "6052758232",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/165963403578?hash=item26a430913a%3Ag%3AUsYAAOSwkGdj%7E6Jx&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/165963403578?hash=item26a430913a:g:UsYAAOSwkGdj~6Jx",
            "itemLocation": {
                "postalCode": "104**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "165963403578",
            "availableCoupons": False,
            "itemCreationDate": "2023-03-01T19:49:21.000Z",
            "topRatedBuyingExperience": False,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|385615698370|653483209626",
            "title": "Apple iPhone 11 Pro | 11 Pro Max 64 / 256 / 512GB Fully Unlocked - EXCELLENT A+",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=385615698370",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/kfQAAOSws4lkW9aJ/s-l225.jpg"
            },
            "price": {
                "value": "305.50",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C385615698370%7C653483209626",
            "seller": {
                "username": "master_dealer22",
                "feedbackPercentage": "97.1",
                "feedbackScore": 195
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "329.95",
                    "currency": "USD"
                },
                "discountPercentage": "7",
                "discountAmount": {
                    "value": "24.45",
                    "currency": "USD"
                }
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/kfQAAOSws4lkW9aJ/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "5051915217",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/385615698370?hash=item59c87c99c2%3Ag%3AkfQAAOSws4lkW9aJ&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/385615698370?hash=item59c87c99c2:g:kfQAAOSws4lkW9aJ",
            "itemLocation": {
                "postalCode": "331**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/vagAAOSwGrtkW9FY/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ieoAAOSwk~BkW9FW/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Nd0AAOSwnqZkW9Yg/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/FNoAAOSwW-ZkW9E1/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cGAAAOSwtOFkW9Yf/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/OLgAAOSwYmVkW9Ew/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/g1UAAOSwul5kW9Ye/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/EvUAAOSwO2hkW9Et/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZnkAAOSwCXJkW9Yd/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "385615698370",
            "availableCoupons": False,
            "itemCreationDate": "2023-05-15T16:34:25.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|294462407136|593036376672",
            "title": "Apple iPhone 12 mini 64GB Factory Unlocked AT&T T-Mobile Verizon Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=294462407136",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yw0AAOSwnQJjmLRB/s-l225.jpg"
            },
            "price": {
                "value": "279.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C294462407136%7C593036376672",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "699.00",
                    "currency": "USD"
                },
                "discountPercentage": "60",
                "discountAmount": {
                    "value": "419.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/yw0AAOSwnQJjmLRB/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "6041725386",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/294462407136?hash=item448f53c1e0%3Ag%3Ayw0AAOSwnQJjmLRB&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/294462407136?hash=item448f53c1e0:g:yw0AAOSwnQJjmLRB",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/o0EAAOSwLwFjmLRA/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "294462407136",
            "availableCoupons": False,
            "itemCreationDate": "2021-10-14T18:26:11.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|165963599793|465463824051",
            "title": "Apple iPhone 11 Pro MAX 64/128/256GB Factory Unlocked GSM+CDMA T-Mobile Verizon",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165963599793",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2ZsAAOSwpc5j~8kI/s-l225.jpg"
            },
            "price": {
                "value": "545.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165963599793%7C465463824051",
            "seller": {
                "username": "mrcelly",
                "feedbackPercentage": "99.4",
                "feedbackScore": 8288
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/2ZsAAOSwpc5j~8kI/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "12035240084",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/165963599793?hash=item26a4338fb1%3Ag%3A2ZsAAOSwpc5j%7E8kI&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/165963599793?hash=item26a4338fb1:g:2ZsAAOSwpc5j~8kI",
            "itemLocation": {
                "postalCode": "104**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "165963599793",
            "availableCoupons": False,
            "itemCreationDate": "2023-03-01T22:17:46.000Z",
            "topRatedBuyingExperience": False,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|325444241958|514473919185",
            "title": "Apple iPhone 12 PRO 128GB │256GB│512GB (UNLOCKED) 🔋 100% BATTERY 🔋 ✤O/B✤",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=325444241958",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DtQAAOSwR6RjLQle/s-l225.jpg"
            },
            "price": {
                "value": "639.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C325444241958%7C514473919185",
            "seller": {
                "username": "santamonicawireless",
                "feedbackPercentage": "99.9",
                "feedbackScore": 28841
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/DtQAAOSwR6RjLQle/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "7054903707",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/325444241958?hash=item4bc5fd0a26%3Ag%3ADtQAAOSwR6RjLQle&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/325444241958?hash=item4bc5fd0a26:g:DtQAAOSwR6RjLQle",
            "itemLocation": {
                "postalCode": "900**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KWsAAOSwf2RhmDbe/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/DEsAAOSwu~BhmDaQ/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tQkAAOSw1B9hmDaO/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "325444241958",
            "availableCoupons": False,
            "itemCreationDate": "2022-11-30T01:42:22.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|364235588726|633736293783",
            "title": "Apple iPhone 13 mini - (Unlocked) - 128GB - 256GB - 512GB - Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=364235588726",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/NZEAAOSwcUFkSqcI/s-l225.jpg"
            },
            "price": {
                "value": "499.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C364235588726%7C633736293783",
            "seller": {
                "username": "ltdealsdirect",
                "feedbackPercentage": "98.3",
                "feedbackScore": 5203
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/NZEAAOSwcUFkSqcI/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "4049279846",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/364235588726?hash=item54ce220476%3Ag%3ANZEAAOSwcUFkSqcI&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/364235588726?hash=item54ce220476:g:NZEAAOSwcUFkSqcI",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "364235588726",
            "availableCoupons": False,
            "itemCreationDate": "2023-04-27T16:53:03.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|202490325359|502524644573",
            "title": "Apple iPhone X 64GB 256GB Factory Unlocked AT&T T-mobile Verizon Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=202490325359",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/yOsAAOSwZ~peHXI6/s-l225.jpg"
            },
            "price": {
                "value": "198.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C202490325359%7C502524644573",
            "seller": {
                "username": "sami809",
                "feedbackPercentage": "97.6",
                "feedbackScore": 251780
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/yOsAAOSwZ~peHXI6/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "2310781314",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/202490325359?hash=item2f255d296f%3Ag%3AyOsAAOSwZ%7EpeHXI6&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/202490325359?hash=item2f255d296f:g:yOsAAOSwZ~peHXI6",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "202490325359",
            "availableCoupons": False,
            "itemCreationDate": "2018-11-02T22:00:25.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304104247802|603231176734",
            "title": "Apple iPhone 12 Pro 256GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304104247802",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ltEAAOSwp09hjVAr/s-l225.jpg"
            },
            "price": {
                "value": "549.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304104247802%7C603231176734",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "1099.00",
                    "currency": "USD"
                },
                "discountPercentage": "50",
                "discountAmount": {
                    "value": "549.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/ltEAAOSwp09hjVAr/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "16043464296",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304104247802?hash=item46ce0691fa%3Ag%3AltEAAOSwp09hjVAr&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304104247802?hash=item46ce0691fa:g:ltEAAOSwp09hjVAr",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/laAAAOSwRgBhjVAv/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304104247802",
            "availableCoupons": False,
            "itemCreationDate": "2021-08-12T21:18:52.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|195494998246|495363686513",
            "title": "Apple iPhone 12 Unlocked 64GB 128GB 256GB | Verizon T-Mobile AT&T | Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=195494998246",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ZikAAOSwYExhtmzO/s-l225.jpg"
            },
            "price": {
                "value": "429.98",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C195494998246%7C495363686513",
            "seller": {
                "username": "tigerphones",
                "feedbackPercentage": "99.4",
                "feedbackScore": 15435
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/ZikAAOSwYExhtmzO/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "14054720445",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/195494998246?hash=item2d8468f0e6%3Ag%3AZikAAOSwYExhtmzO&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/195494998246?hash=item2d8468f0e6:g:ZikAAOSwYExhtmzO",
            "itemLocation": {
                "postalCode": "374**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tEcAAOSwzZthtmzJ/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "195494998246",
            "availableCoupons": False,
            "itemCreationDate": "2022-11-28T13:59:01.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|284798067246|586471837761",
            "title": "Apple iPhone 12 - 64GB 128GB 256GB - All Colors - Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=284798067246",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/KK8AAOSwg4FiawAp/s-l225.jpg"
            },
            "price": {
                "value": "414.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C284798067246%7C586471837761",
            "seller": {
                "username": "buybackboss",
                "feedbackPercentage": "99.1",
                "feedbackScore": 12060
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/KK8AAOSwg4FiawAp/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "9041711132",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/284798067246?hash=item424f49a22e%3Ag%3AKK8AAOSwg4FiawAp&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/284798067246?hash=item424f49a22e:g:KK8AAOSwg4FiawAp",
            "itemLocation": {
                "postalCode": "852**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "284798067246",
            "availableCoupons": False,
            "itemCreationDate": "2022-05-03T20:06:58.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|363207244878|632377246128",
            "title": "Apple iPhone 11 Pro Max 64GB Unlocked Smartphone - Excellent",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=363207244878",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eMkAAOSwCrpfmDXa/s-l225.jpg"
            },
            "price": {
                "value": "472.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C363207244878%7C632377246128",
            "seller": {
                "username": "bidallies",
                "feedbackPercentage": "99.3",
                "feedbackScore": 343031
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/eMkAAOSwCrpfmDXa/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "8034218247",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/363207244878?hash=item5490d6bc4e%3Ag%3AeMkAAOSwCrpfmDXa&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/363207244878?hash=item5490d6bc4e:g:eMkAAOSwCrpfmDXa",
            "itemLocation": {
                "postalCode": "070**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "363207244878",
            "availableCoupons": False,
            "itemCreationDate": "2020-12-04T15:26:43.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|175468289545|474781530770",
            "title": "Apple iPhone 8 64GB Verizon T-Mobile AT&T Unlocked Smartphone PRISTINE Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=175468289545",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ty0AAOSwSTZjXDqh/s-l225.jpg"
            },
            "price": {
                "value": "129.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C175468289545%7C474781530770",
            "seller": {
                "username": "creo_cellular",
                "feedbackPercentage": "97.8",
                "feedbackScore": 27166
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/ty0AAOSwSTZjXDqh/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "22015564103",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/175468289545?hash=item28dab99e09%3Ag%3Aty0AAOSwSTZjXDqh&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/175468289545?hash=item28dab99e09:g:ty0AAOSwSTZjXDqh",
            "itemLocation": {
                "postalCode": "117**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/JukAAOSwwU5jXDur/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/cDQAAOSwPkBjXDus/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "175468289545",
            "availableCoupons": False,
            "itemCreationDate": "2022-10-28T20:35:45.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|195837412395|495684502137",
            "title": "Apple iPhone 11 Pro - 64GB - All Colors - (Unlocked) - C Stock - Heavy Scratch",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=195837412395",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ks4AAOSwtChi6ZZI/s-l225.jpg"
            },
            "price": {
                "value": "289.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C195837412395%7C495684502137",
            "seller": {
                "username": "yywirelesss",
                "feedbackPercentage": "98.8",
                "feedbackScore": 126574
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "309.99",
                    "currency": "USD"
                },
                "discountPercentage": "6",
                "discountAmount": {
                    "value": "20.00",
                    "currency": "USD"
                }
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/ks4AAOSwtChi6ZZI/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "25042182413",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/195837412395?hash=item2d98d1c42b%3Ag%3Aks4AAOSwtChi6ZZI&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/195837412395?hash=item2d98d1c42b:g:ks4AAOSwtChi6ZZI",
            "itemLocation": {
                "postalCode": "507**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "195837412395",
            "availableCoupons": False,
            "itemCreationDate": "2023-06-22T16:33:36.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|354393204966|623805637779",
            "title": "Apple iPhone 13 Pro Max A2484 256GB Unlocked Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=354393204966",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jeIAAOSwZU9jcpQ-/s-l225.jpg"
            },
            "price": {
                "value": "873.88",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C354393204966%7C623805637779",
            "seller": {
                "username": "directauth",
                "feedbackPercentage": "98.4",
                "feedbackScore": 3476
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/jeIAAOSwZU9jcpQ-/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "21049288275",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/354393204966?hash=item52837b28e6%3Ag%3AjeIAAOSwZU9jcpQ-&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/354393204966?hash=item52837b28e6:g:jeIAAOSwZU9jcpQ-",
            "itemLocation": {
                "postalCode": "750**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "354393204966",
            "availableCoupons": False,
            "itemCreationDate": "2022-11-14T19:18:16.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|265684849286|565471279271",
            "title": "Apple iPhone 12 64GB 128GB 256GB Fully Unlocked 5G Smartphone - Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=265684849286",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/Z7MAAOSwdFNieXd4/s-l225.jpg"
            },
            "price": {
                "value": "349.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C265684849286%7C565471279271",
            "seller": {
                "username": "syn_ergy",
                "feedbackPercentage": "96.2",
                "feedbackScore": 22444
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/Z7MAAOSwdFNieXd4/s-l1600.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "26055646054",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/265684849286?hash=item3ddc0d1286%3Ag%3AZ7MAAOSwdFNieXd4&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/265684849286?hash=item3ddc0d1286:g:Z7MAAOSwdFNieXd4",
            "itemLocation": {
                "postalCode": "112**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/YYwAAOSwa8pieXd5/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sEoAAOSwMyhieXd3/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7loAAOSw7jJieXd2/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "265684849286",
            "availableCoupons": False,
            "itemCreationDate": "2022-05-09T20:42:53.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|114977519331|415089753198",
            "title": "Apple iPhone 7 Plus - 128GB - All Colors - Unlocked - Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=114977519331",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2HIAAOSwlkhhOH~c/s-l225.jpg"
            },
            "price": {
                "value": "165.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C114977519331%7C415089753198",
            "seller": {
                "username": "solarcprod",
                "feedbackPercentage": "99.2",
                "feedbackScore": 6023
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/2HIAAOSwlkhhOH~c/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "9051458152",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/114977519331?hash=item1ac531b6e3%3Ag%3A2HIAAOSwlkhhOH%7Ec&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/114977519331?hash=item1ac531b6e3:g:2HIAAOSwlkhhOH~c",
            "itemLocation": {
                "postalCode": "770**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/eqcAAOSwpWJhOH~d/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/X5kAAOSwW99hOH~f/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bssAAOSw83JhOH~h/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/ufoAAOSw-cphOH~i/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zmIAAOSwEChhOH~k/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UUQAAOSw0thhOH~m/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "114977519331",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-08T09:18:34.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|153948314008|454021233680",
            "title": "NEW Apple iPhone 11 A2111 (FACTORY UNLOCKED) - ALL COLORS & CAPACITY",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=153948314008",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2JIAAOSwc~Zjjk6w/s-l225.jpg"
            },
            "price": {
                "value": "392.90",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C153948314008%7C454021233680",
            "seller": {
                "username": "om-wireless",
                "feedbackPercentage": "99.9",
                "feedbackScore": 52676
            },
            "condition": "New",
            "conditionId": "1000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/2JIAAOSwc~Zjjk6w/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "18045314698",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/153948314008?hash=item23d808d998%3Ag%3A2JIAAOSwc%7EZjjk6w&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/153948314008?hash=item23d808d998:g:2JIAAOSwc~Zjjk6w",
            "itemLocation": {
                "postalCode": "604**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/z8MAAOSwpAtjwZby/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sK4AAOSw0U9fW9OB/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/aOsAAOSw4nxj3CQp/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "153948314008",
            "availableCoupons": False,
            "itemCreationDate": "2020-05-26T17:55:35.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|362433030715|631614319806",
            "title": "Apple iPhone 8 64GB Factory Unlocked Phone - Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=362433030715",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/rxEAAOSwI59aGD~a/s-l225.jpg"
            },
            "price": {
                "value": "128.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C362433030715%7C631614319806",
            "seller": {
                "username": "bidallies",
                "feedbackPercentage": "99.3",
                "feedbackScore": 343031
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "699.00",
                    "currency": "USD"
                },
                "discountPercentage": "82",
                "discountAmount": {
                    "value": "570.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/rxEAAOSwI59aGD~a/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "239093015",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/362433030715?hash=item5462b12a3b%3Ag%3ArxEAAOSwI59aGD%7Ea&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/362433030715?hash=item5462b12a3b:g:rxEAAOSwI59aGD~a",
            "itemLocation": {
                "postalCode": "070**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "362433030715",
            "availableCoupons": False,
            "itemCreationDate": "2018-09-10T15:27:27.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|165963533208|465463545270",
            "title": "Apple iPhone 11 Pro 64/128/256GB Factory Unlocked GSM+CDMA AT&T T-Mobile Verizon",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165963533208",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/~9YAAOSwrpJj~7zv/s-l225.jpg"
            },
            "price": {
                "value": "445.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165963533208%7C465463545270",
            "seller": {
                "username": "mrcelly",
                "feedbackPercentage": "99.4",
                "feedbackScore": 8288
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/~9YAAOSwrpJj~7zv/s-l960.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "5051915217",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/165963533208?hash=item26a4328b98%3Ag%3A%7E9YAAOSwrpJj%7E7zv&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/165963533208?hash=item26a4328b98:g:~9YAAOSwrpJj~7zv",
            "itemLocation": {
                "postalCode": "104**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "165963533208",
            "availableCoupons": False,
            "itemCreationDate": "2023-03-01T21:17:13.000Z",
            "topRatedBuyingExperience": False,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|165736518286|465246028278",
            "title": "Apple iPhone 7+ Plus 32GB/128GB/256GB Verizon Unlocked T-Mobile AT&T Smartphone",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=165736518286",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lQYAAOSwrh9jSFlc/s-l225.jpg"
            },
            "price": {
                "value": "129.99",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C165736518286%7C465246028278",
            "seller": {
                "username": "partlogics",
                "feedbackPercentage": "99.9",
                "feedbackScore": 12282
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "259.98",
                    "currency": "USD"
                },
                "discountPercentage": "50",
                "discountAmount": {
                    "value": "129.99",
                    "currency": "USD"
                },
                "priceTreatment": "MARKDOWN"
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/lQYAAOSwrh9jSFlc/s-l640.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "240464807",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/165736518286?hash=item2696aa928e%3Ag%3AlQYAAOSwrh9jSFlc&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/165736518286?hash=item2696aa928e:g:lQYAAOSwrh9jSFlc",
            "itemLocation": {
                "postalCode": "770**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/lZ0AAOSwb49jRbry/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/S7QAAOSwU3hjQefI/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "165736518286",
            "availableCoupons": False,
            "itemCreationDate": "2022-10-21T18:01:35.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|383852092669|652200466377",
            "title": "Apple iPhone 11 64GB Unlocked Smartphone - Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=383852092669",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tZEAAOSw7TNfkvbo/s-l225.jpg"
            },
            "price": {
                "value": "279.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C383852092669%7C652200466377",
            "seller": {
                "username": "bidallies",
                "feedbackPercentage": "99.3",
                "feedbackScore": 343031
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "699.00",
                    "currency": "USD"
                },
                "discountPercentage": "60",
                "discountAmount": {
                    "value": "419.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/tZEAAOSw7TNfkvbo/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "17035818063",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/383852092669?hash=item595f5e1cfd%3Ag%3AtZEAAOSw7TNfkvbo&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/383852092669?hash=item595f5e1cfd:g:tZEAAOSw7TNfkvbo",
            "itemLocation": {
                "postalCode": "070**",
                "country": "US"
            },
            "adultOnly": False,
            "legacyItemId": "383852092669",
            "availableCoupons": False,
            "itemCreationDate": "2020-12-10T18:26:40.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304217993569|603315580600",
            "title": "Apple iPhone 12 128GB Factory Unlocked AT&T T-Mobile Verizon Fair Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304217993569",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/En4AAOSwAL1jmK~7/s-l225.jpg"
            },
            "price": {
                "value": "344.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304217993569%7C603315580600",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/En4AAOSwAL1jmK~7/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "2319703083",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304217993569?hash=item46d4ce3161%3Ag%3AEn4AAOSwAL1jmK%7E7&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304217993569?hash=item46d4ce3161:g:En4AAOSwAL1jmK~7",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-3AAAOSwvVljmK~6/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304217993569",
            "availableCoupons": False,
            "itemCreationDate": "2021-11-08T20:53:17.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304657420318|603690539841",
            "title": "Apple iPhone 13 mini 256GB Factory Unlocked AT&T T-Mobile Verizon Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304657420318",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/UAAAAOSwJaxjRFUl/s-l225.jpg"
            },
            "price": {
                "value": "489.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304657420318%7C603690539841",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/UAAAAOSwJaxjRFUl/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "14049280130",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304657420318?hash=item46eeff501e%3Ag%3AUAAAAOSwJaxjRFUl&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304657420318?hash=item46eeff501e:g:UAAAAOSwJaxjRFUl",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/XHoAAOSw5dNjRFUj/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304657420318",
            "availableCoupons": False,
            "itemCreationDate": "2022-10-10T17:24:25.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304600815041|603626995202",
            "title": "Apple iPhone 13 Pro 256GB Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304600815041",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/sn4AAOSw0JNjZDez/s-l225.jpg"
            },
            "price": {
                "value": "774.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304600815041%7C603626995202",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/sn4AAOSw0JNjZDez/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "4057286869",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304600815041?hash=item46eb9f95c1%3Ag%3Asn4AAOSw0JNjZDez&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304600815041?hash=item46eb9f95c1:g:sn4AAOSw0JNjZDez",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/moMAAOSwPFljZDev/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304600815041",
            "availableCoupons": False,
            "itemCreationDate": "2022-08-17T18:00:17.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|275419609847|575992701346",
            "title": "Apple iPhone 8 | 8 Plus 64GB 128GB 256GB GSM Unlocked ATT T-Mobile Metro Cricket",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=275419609847",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/tlsAAOSwCoJi8vb1/s-l225.jpg"
            },
            "price": {
                "value": "239.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C275419609847%7C575992701346",
            "seller": {
                "username": "tech-hobbies",
                "feedbackPercentage": "99.5",
                "feedbackScore": 3825
            },
            "condition": "Open box",
            "conditionId": "1500",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/tlsAAOSwCoJi8vb1/s-l640.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    }
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "239068334",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/275419609847?hash=item402049baf7%3Ag%3AtlsAAOSwCoJi8vb1&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/275419609847?hash=item402049baf7:g:tlsAAOSwCoJi8vb1",
            "itemLocation": {
                "postalCode": "293**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/X6gAAOSwlulioRHc/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "275419609847",
            "availableCoupons": False,
            "itemCreationDate": "2022-08-11T18:29:17.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|354745639681|0",
            "title": "Apple iPhone 8 - 64GB - AT&T - Space Gray - Good",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/mZIAAOSw28VkSXA4/s-l225.jpg"
            },
            "price": {
                "value": "114.99",
                "currency": "USD"
            },
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C354745639681%7C0",
            "seller": {
                "username": "bigdeals",
                "feedbackPercentage": "100.0",
                "feedbackScore": 436692
            },
            "condition": "Good - Refurbished",
            "conditionId": "2030",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/mZIAAOSw28VkSXA4/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "239054120",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/354745639681?hash=item52987ce301%3Ag%3AmZIAAOSw28VkSXA4&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/354745639681?hash=item52987ce301:g:mZIAAOSw28VkSXA4",
            "itemLocation": {
                "postalCode": "082**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/490AAOSwOupkSXA4/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/2mkAAOSwR3RkSXA5/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "354745639681",
            "availableCoupons": False,
            "itemCreationDate": "2023-04-26T18:52:37.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|401421944762|671054158789",
            "title": "Apple iPhone 7 Plus 32GB Unlocked Smartphone - Very Good",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=401421944762",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/-QQAAOSwTM5Y5P9r/s-l225.jpg"
            },
            "price": {
                "value": "128.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C401421944762%7C671054158789",
            "seller": {
                "username": "bidallies",
                "feedbackPercentage": "99.3",
                "feedbackScore": 343031
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "769.00",
                    "currency": "USD"
                },
                "discountPercentage": "83",
                "discountAmount": {
                    "value": "640.05",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/-QQAAOSwTM5Y5P9r/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-08T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-10T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "24057293828",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/401421944762?hash=item5d769cc7ba%3Ag%3A-QQAAOSwTM5Y5P9r&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/401421944762?hash=item5d769cc7ba:g:-QQAAOSwTM5Y5P9r",
            "itemLocation": {
                "postalCode": "070**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/PYcAAOSwU8hY5P9r/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "401421944762",
            "availableCoupons": False,
            "itemCreationDate": "2017-10-11T12:53:01.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304568689089|603586516891",
            "title": "Apple iPhone 13 128GB Factory Unlocked AT&T T-Mobile Verizon Excellent Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304568689089",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/B6IAAOSwRVBi~S34/s-l225.jpg"
            },
            "price": {
                "value": "579.85",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304568689089%7C603586516891",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "marketingPrice": {
                "originalPrice": {
                    "value": "799.00",
                    "currency": "USD"
                },
                "discountPercentage": "27",
                "discountAmount": {
                    "value": "219.15",
                    "currency": "USD"
                },
                "priceTreatment": "LIST_PRICE"
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/B6IAAOSwRVBi~S34/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "18052738374",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304568689089?hash=item46e9b561c1%3Ag%3AB6IAAOSwRVBi%7ES34&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304568689089?hash=item46e9b561c1:g:B6IAAOSwRVBi~S34",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/S8EAAOSwHX1i~S35/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304568689089",
            "availableCoupons": False,
            "itemCreationDate": "2022-07-19T15:36:23.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304149402365|603263894225",
            "title": "Apple iPhone 8 Plus 256GB Unlocked AT&T T-Mobile Verizon Excellent Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304149402365",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/jh0AAOSw3zFhjUdM/s-l225.jpg"
            },
            "price": {
                "value": "229.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304149402365%7C603263894225",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Excellent - Refurbished",
            "conditionId": "2010",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/jh0AAOSw3zFhjUdM/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "240455229",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304149402365?hash=item46d0b792fd%3Ag%3Ajh0AAOSw3zFhjUdM&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304149402365?hash=item46d0b792fd:g:jh0AAOSw3zFhjUdM",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/etYAAOSwLdxhjUdO/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/AT0AAOSwAlBhjUdP/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/dxIAAOSw3-5hjUdP/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/N4oAAOSwg1phjUdQ/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/8zcAAOSw5hNhjUdV/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304149402365",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-16T20:06:39.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": False,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|114990450679|415096254944",
            "title": "Apple iPhone XS - 64GB - Space Gray (Unlocked) A1920 (CDMA + GSM) ",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=114990450679",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/zEMAAOSwglxhQO8R/s-l225.jpg"
            },
            "price": {
                "value": "253.00",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C114990450679%7C415096254944",
            "seller": {
                "username": "cellupgrade",
                "feedbackPercentage": "99.3",
                "feedbackScore": 4702
            },
            "condition": "Used",
            "conditionId": "3000",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/zEMAAOSwglxhQO8R/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "6023706166",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/114990450679?hash=item1ac5f707f7%3Ag%3AzEMAAOSwglxhQO8R&amdata=enc%3AAQAIAAAA4BaQFtWzOZ6UH%2FVUJyFHeO%2FMNmUlLIPFNd1GsdW2GKII3akzxgABFltlk67DISkxM7o%2Fw35mLuCHcK6n2Yl7x59%2B3bjyqm5VL6usfU2pWRkl%2FNMeclZdAoHyEX1d5Bc2iODM%2FqtVGt52X2Zm0LsCcHWcZXq3r78t5zyhfcSbH7Xh5qLcP0Ek3QFDm3Aq2cy0u3vemIvuElox3RDhIzKaAM5kfHufn%2Fi3fuT18waaLQ0r%2BrOdEpywlT1rwki7nexaC%2BAu94NZO70DE%2BqBQ36x9EvhtCbtXtf2vUJ%2FrDqNxgjy&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/114990450679?hash=item1ac5f707f7:g:zEMAAOSwglxhQO8R&amdata=enc%3AAQAIAAAA4BaQFtWzOZ6UH%2FVUJyFHeO%2FMNmUlLIPFNd1GsdW2GKII3akzxgABFltlk67DISkxM7o%2Fw35mLuCHcK6n2Yl7x59%2B3bjyqm5VL6usfU2pWRkl%2FNMeclZdAoHyEX1d5Bc2iODM%2FqtVGt52X2Zm0LsCcHWcZXq3r78t5zyhfcSbH7Xh5qLcP0Ek3QFDm3Aq2cy0u3vemIvuElox3RDhIzKaAM5kfHufn%2Fi3fuT18waaLQ0r%2BrOdEpywlT1rwki7nexaC%2BAu94NZO70DE%2BqBQ36x9EvhtCbtXtf2vUJ%2FrDqNxgjy",
            "itemLocation": {
                "postalCode": "770**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/M~AAAOSwRG1hQO8S/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/7fkAAOSwguZhQO8V/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/t0kAAOSwwt9hQO8X/s-l225.jpg"
                },
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/3y8AAOSwux1hQO8Z/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "114990450679",
            "availableCoupons": False,
            "itemCreationDate": "2021-09-14T18:51:09.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        },
        {
            "itemId": "v1|304078563335|603214332506",
            "title": "Apple iPhone 12 64GB Factory Unlocked AT&T T-Mobile Verizon Very Good Condition",
            "itemGroupHref": "https://api.ebay.com/buy/browse/v1/item/get_items_by_item_group?item_group_id=304078563335",
            "leafCategoryIds": [
                "9355"
            ],
            "categories": [
                {
                    "categoryId": "9355",
                    "categoryName": "Cell Phones & Smartphones"
                },
                {
                    "categoryId": "15032",
                    "categoryName": "Cell Phones & Accessories"
                }
            ],
            "image": {
                "imageUrl": "https://i.ebayimg.com/thumbs/images/g/bkMAAOSwGn9jmJeT/s-l225.jpg"
            },
            "price": {
                "value": "379.95",
                "currency": "USD"
            },
            "itemGroupType": "SELLER_DEFINED_VARIATIONS",
            "itemHref": "https://api.ebay.com/buy/browse/v1/item/v1%7C304078563335%7C603214332506",
            "seller": {
                "username": "supplytronics",
                "feedbackPercentage": "99.2",
                "feedbackScore": 94615
            },
            "condition": "Very Good - Refurbished",
            "conditionId": "2020",
            "thumbnailImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/images/g/bkMAAOSwGn9jmJeT/s-l1200.jpg"
                }
            ],
            "shippingOptions": [
                {
                    "shippingCostType": "FIXED",
                    "shippingCost": {
                        "value": "0.00",
                        "currency": "USD"
                    },
                    "minEstimatedDeliveryDate": "2023-07-06T07:00:00.000Z",
                    "maxEstimatedDeliveryDate": "2023-07-07T07:00:00.000Z",
                    "guaranteedDelivery": True
                }
            ],
            "buyingOptions": [
                "FIXED_PRICE"
            ],
            "epid": "11044086805",
            "itemAffiliateWebUrl": "https://www.ebay.com/itm/304078563335?hash=item46cc7ea807%3Ag%3AbkMAAOSwGn9jmJeT&amdata=enc%3AAQAIAAAA0CI8l4YH5ZxCIffDEuwfqFbzPV7IE34S5Y5rlxjI8qzm9GB3CyARZq9zlS1iWfgHiAoXevZwUEPzM2jhhu7iypnOCLHVeVQiTpLAq9Dikusu2R8XpYn%2BbRyFDaAXJsq17pa%2FwUjKmj0dsgXB50Nyls3ZUd%2FNagUF7KgqNauab2GhwKQORHX2dCAR6GVmxz8mJod3uI2OjLIT%2Fxk%2BBmbrIqt%2Fk07Nr3k9%2FJGjxCzNRr29utMjRhmrhSh%2FT9BeXKYA%2FyUj1kyx5v2m0FjAVNBBZdc%3D&mkevt=1&mkcid=1&mkrid=711-53200-19255-0&campid=%253CePNCampaignId%253E&customid=%253CreferenceId%253E&toolid=10049",
            "itemWebUrl": "https://www.ebay.com/itm/304078563335?hash=item46cc7ea807:g:bkMAAOSwGn9jmJeT&amdata=enc%3AAQAIAAAA0CI8l4YH5ZxCIffDEuwfqFbzPV7IE34S5Y5rlxjI8qzm9GB3CyARZq9zlS1iWfgHiAoXevZwUEPzM2jhhu7iypnOCLHVeVQiTpLAq9Dikusu2R8XpYn%2BbRyFDaAXJsq17pa%2FwUjKmj0dsgXB50Nyls3ZUd%2FNagUF7KgqNauab2GhwKQORHX2dCAR6GVmxz8mJod3uI2OjLIT%2Fxk%2BBmbrIqt%2Fk07Nr3k9%2FJGjxCzNRr29utMjRhmrhSh%2FT9BeXKYA%2FyUj1kyx5v2m0FjAVNBBZdc%3D",
            "itemLocation": {
                "postalCode": "660**",
                "country": "US"
            },
            "additionalImages": [
                {
                    "imageUrl": "https://i.ebayimg.com/thumbs/images/g/r4kAAOSwQ9hjmJeU/s-l225.jpg"
                }
            ],
            "adultOnly": False,
            "legacyItemId": "304078563335",
            "availableCoupons": False,
            "itemCreationDate": "2021-07-23T21:11:59.000Z",
            "topRatedBuyingExperience": True,
            "priorityListing": True,
            "listingMarketplaceId": "EBAY_US"
        }
    ]
}
